package cn.tianshan.org;

/** The kinds of responsible unit (责任单位) in Art. 5 (12), plus the leadership, which is not one. */
public enum UnitKind {
    DEPARTMENT("厅机关处室"),
    INSTITUTION("未设党委的事业单位"),
    AFFILIATED("厅属单位"),
    LEADERSHIP("厅领导");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Responsible units own columns and publish; the leadership signs but owns nothing. */
    public boolean responsible() {
        return this != LEADERSHIP;
    }
}
