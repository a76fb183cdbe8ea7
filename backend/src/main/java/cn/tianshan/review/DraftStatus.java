package cn.tianshan.review;

/**
 * Where a document the public will see (a survey, a consultation) stands in its review: drafted, waiting for the
 * chain, sent back, or published. Only a draft or a returned one may be changed.
 */
public enum DraftStatus {
    DRAFT("草稿"),
    IN_REVIEW("审核中"),
    RETURNED("已退回"),
    PUBLISHED("已发布");

    private final String label;

    DraftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
