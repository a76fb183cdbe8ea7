package cn.tianshan.consultation;

/** The words of the consultation feature. */
public final class ConsultationEnums {

    private ConsultationEnums() {
    }

    public enum ConsultationPhase {
        UPCOMING("未开始"),
        OPEN("征求意见中"),
        AWAITING_FEEDBACK("已结束，待反馈"),
        CONCLUDED("已反馈");

        private final String label;

        ConsultationPhase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CommentStatus {
        PENDING("待审核"),
        SHOWN("已公开"),
        HIDDEN("不公开");

        private final String label;

        CommentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
