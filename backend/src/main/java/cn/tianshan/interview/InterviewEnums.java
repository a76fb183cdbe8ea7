package cn.tianshan.interview;

/** The words of the interview feature. */
public final class InterviewEnums {

    private InterviewEnums() {
    }

    /** A published interview against the clock and its record. */
    public enum InterviewPhase {
        UPCOMING("预告"),
        LIVE("正在直播"),
        ENDED("已结束，整理中"),
        RECORDED("访谈实录");

        private final String label;

        InterviewPhase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum QuestionStatus {
        PENDING("待审核"),
        ACCEPTED("已采用"),
        MERGED("已合并"),
        REJECTED("未采用");

        private final String label;

        QuestionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
