package cn.tianshan.article;

/** The small vocabularies of an article (REQUIREMENTS §3, Annex 5). */
public final class ArticleEnums {

    private ArticleEnums() {
    }

    /** 信息来源: made by this organ, or reprinted with the source named. */
    public enum Origin {
        ORIGINAL("本机关制发"), REPRINT("转载");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 发布形式. */
    public enum PublicationForm {
        WEBSITE("网站公开"), ON_REQUEST("依申请公开"), OTHER("其他");

        private final String label;

        PublicationForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 效力状态 of a policy document, shown on its page. */
    public enum Validity {
        CURRENT("现行有效"), AMENDED("已修改"), REPEALED("已废止"), EXPIRED("已失效");

        private final String label;

        Validity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum EditorialStatus {
        DRAFT("草稿"), IN_REVIEW("审核中"), NEEDS_CHANGES("已退回"), SCHEDULED("待定时发布"), DONE("无待办"),
        /** An abandoned draft: kept for the record, counts for nothing (not overdue, not late). */
        DISCARDED("已废弃");

        private final String label;

        EditorialStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum PublicStatus {
        UNPUBLISHED("未发布"), PUBLISHED("已发布"), WITHDRAWN("已撤回"), REMOVED("已删除（误发）");

        private final String label;

        PublicStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a published article leaves: the page stays with a notice, or (published in error) it is gone. */
    public enum WithdrawalKind {
        WITHDRAWN("撤回（页面保留撤回说明）"), PUBLISHED_IN_ERROR("误发删除（页面不再可见）");

        private final String label;

        WithdrawalKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
