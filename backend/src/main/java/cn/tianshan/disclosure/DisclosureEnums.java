package cn.tianshan.disclosure;

/** The vocabulary of disclosure on request (政府信息公开条例). */
public final class DisclosureEnums {

    private DisclosureEnums() {
    }

    public enum ApplicantType {
        CITIZEN("公民"), ORGANISATION("法人或其他组织");

        private final String label;

        ApplicantType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DeliveryForm {
        PAPER("纸质"), ELECTRONIC("电子");

        private final String label;

        DeliveryForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DeliveryMethod {
        POST("邮寄"), PICKUP("自行领取"), EMAIL("电子邮件"), ONLINE("网上查询");

        private final String label;

        DeliveryMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RequestStatus {
        SUBMITTED("待登记"),
        AWAITING_CORRECTION("待申请人补正"),
        HANDLING("办理中"),
        THIRD_PARTY("征求第三方意见"),
        REPLIED("已答复，待送达"),
        ARCHIVED("已办结归档");

        private final String label;

        RequestStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The reply types of the regulation (Arts. 36–39) as the annual report counts them. */
    public enum ReplyType {
        DISCLOSED("予以公开", false),
        PARTIALLY_DISCLOSED("部分公开", true),
        WITHHELD("不予公开", true),
        NOT_HELD("无法提供（本机关不掌握相关政府信息）", false),
        NOT_PROCESSED("不予处理", true),
        CORRECTION_NOT_MADE("告知作出更改补充（申请人逾期未补正）", false),
        ALREADY_PUBLIC("信息已主动公开，告知获取方式", false),
        OTHER_CHANNEL("告知通过其他途径办理", false);

        private final String label;
        private final boolean needsLegalGround;

        ReplyType(String label, boolean needsLegalGround) {
            this.label = label;
            this.needsLegalGround = needsLegalGround;
        }

        public String label() {
            return label;
        }

        public boolean needsLegalGround() {
            return needsLegalGround;
        }
    }

    public enum ExtensionStatus { REQUESTED, APPROVED, REFUSED }
}
