package cn.tianshan.site;

import java.util.List;

/**
 * The kinds of column of REQUIREMENTS §2, with what a new column of the kind accepts by default and whether its
 * articles need the Annex 5 confidentiality form by default (the site office changes both per column).
 */
public enum ColumnKind {
    GOV_DISCLOSURE("政务公开", true, List.of("NOTICE", "POLICY", "INTERPRETATION", "STATISTICS", "OTHER")),
    GOV_SERVICE("政务服务", true, List.of("SERVICE_GUIDE", "NOTICE", "OTHER")),
    ROAD_TRAVEL("公路出行服务", false, List.of("NEWS", "NOTICE", "OTHER")),
    INTERACTION("互动交流", false, List.of("NOTICE", "OTHER")),
    NEWS("新闻中心", false, List.of("NEWS", "NOTICE")),
    TOPIC("专题", false, List.of("NEWS", "NOTICE", "POLICY", "INTERPRETATION", "OTHER"));

    private final String label;
    private final boolean annex5ByDefault;
    private final List<String> defaultKinds;

    ColumnKind(String label, boolean annex5ByDefault, List<String> defaultKinds) {
        this.label = label;
        this.annex5ByDefault = annex5ByDefault;
        this.defaultKinds = defaultKinds;
    }

    public String label() {
        return label;
    }

    /** 政务类信息 (Art. 16): a new column of this kind needs the Annex 5 form unless the site office says otherwise. */
    public boolean annex5ByDefault() {
        return annex5ByDefault;
    }

    /** 政府信息公开 (the disclosure catalogue): its articles get an index number (索引号). */
    public boolean disclosure() {
        return this == GOV_DISCLOSURE || this == GOV_SERVICE;
    }

    public List<String> defaultKinds() {
        return defaultKinds;
    }
}
