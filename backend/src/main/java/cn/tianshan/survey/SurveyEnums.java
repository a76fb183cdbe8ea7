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

    /** A published survey against the clock. */
    public enum SurveyPhase {
        UPCOMING("未开始"),
        OPEN("进行中"),
        CLOSED("已结束");

        private final String label;

        SurveyPhase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
