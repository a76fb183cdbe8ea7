package cn.tianshan.site;

/** The kinds of column of REQUIREMENTS §2. Government-affairs kinds need the confidentiality review (Annex 5). */
public enum ColumnKind {
    GOV_DISCLOSURE("政务公开", true),
    GOV_SERVICE("政务服务", true),
    ROAD_TRAVEL("公路出行服务", false),
    INTERACTION("互动交流", false),
    NEWS("新闻中心", false),
    TOPIC("专题", false);

    private final String label;
    private final boolean governmentAffairs;

    ColumnKind(String label, boolean governmentAffairs) {
        this.label = label;
        this.governmentAffairs = governmentAffairs;
    }

    public String label() {
        return label;
    }

    /** 政务类信息: nothing is published here without an agree/agree confidentiality review (先审查、后公开). */
    public boolean governmentAffairs() {
        return governmentAffairs;
    }
}
