package cn.tianshan.registry;

/** The rows of Annex 1: what a unit names a manager for. */
public enum ManagerCategory {
    MAIN_COLUMN("厅网站栏目"), TOPIC_SITE("专题网站"), TOPIC_COLUMN("专题栏目"), MAILBOX("领导信箱");

    private final String label;

    ManagerCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
