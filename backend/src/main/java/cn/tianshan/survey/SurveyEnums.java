package cn.tianshan.survey;

/** The words of the survey feature. */
public final class SurveyEnums {

    private SurveyEnums() {
    }

    public enum QuestionKind {
        SINGLE_CHOICE("单选"),
        MULTIPLE_CHOICE("多选"),
        FREE_TEXT("填空");

        private final String label;

        QuestionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean choice() {
            return this != FREE_TEXT;
        }
    }

    /** When the public sees the counts: while the survey runs, or only once it has closed. */
    public enum ResultsShown {
        LIVE("调查期间即可查看结果"),
        AFTER_CLOSE("调查结束后公布结果");

        private final String label;

        ResultsShown(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the survey is in its review; once published, whether it is open follows from the clock. */
    public enum SurveyStatus {
        DRAFT("草稿"),
        IN_REVIEW("审核中"),
        RETURNED("已退回"),
        PUBLISHED("已发布");

        private final String label;

        SurveyStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean editable() {
            return this == DRAFT || this == RETURNED;
        }
    }

    /** A published survey against the clock. */
    public enum Phase {
        UPCOMING("未开始"),
        OPEN("进行中"),
        CLOSED("已结束");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
