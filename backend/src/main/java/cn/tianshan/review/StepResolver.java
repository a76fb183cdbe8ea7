package cn.tianshan.review;

/** Who takes a step, relative to the subject rather than to fixed people. */
public enum StepResolver {
    AUTHOR_UNIT_HEAD("申请单位负责人"),
    /** The column's owner unit, when the author is another unit (Art. 15 谁主管、谁发布; Annex 3 厅相关处室意见). */
    RELATED_DEPARTMENT("栏目主管单位负责人（向其他单位的栏目报送时）"),
    LEADER_IN_CHARGE("栏目主管单位的分管厅领导"),
    SITE_OFFICE("厅网站主管处室"),
    NEWS_CENTRE("新闻中心审核人"),
    TOPIC_OWNER("专题网站开设单位审核人"),
    TECHNICAL_DEPARTMENT("技术部门");

    private final String label;

    StepResolver(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A conditional step may not apply to a subject; it does not count as a review level. */
    public boolean conditional() {
        return this == RELATED_DEPARTMENT;
    }
}
