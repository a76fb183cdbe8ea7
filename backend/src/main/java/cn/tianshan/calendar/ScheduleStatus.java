package cn.tianshan.calendar;

/** What the calendar knows of a year's days off. */
public enum ScheduleStatus {
    /** The State Council's (or the region's) schedule was imported: holidays, bridging days, make-up working days. */
    ANNOUNCED("已公布"),
    /** Not yet announced: the statutory holidays are computed from the law; bridging and make-up days are unknown. */
    COMPUTED("未公布，按法定节假日推算（暂定）"),
    /** Before the rules the calendar knows: only weekends are known. */
    UNKNOWN("无节假日数据，仅按周末计算");

    private final String label;

    ScheduleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
