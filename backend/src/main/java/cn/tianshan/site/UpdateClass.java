package cn.tianshan.site;

/**
 * How often a column is expected to show something new (national inspection indicators): 动态要闻 every
 * 14 days, 通知公告 and 政策文件 top-level columns every 6 months, others as configured.
 */
public enum UpdateClass {
    DYNAMIC("动态要闻", 14),
    POLICY_NOTICE("通知公告/政策文件", 183),
    REGULAR("定期更新", null),
    STATIC("无需定期更新", null);

    private final String label;
    private final Integer defaultIntervalDays;

    UpdateClass(String label, Integer defaultIntervalDays) {
        this.label = label;
        this.defaultIntervalDays = defaultIntervalDays;
    }

    public String label() {
        return label;
    }

    public Integer defaultIntervalDays() {
        return defaultIntervalDays;
    }
}
