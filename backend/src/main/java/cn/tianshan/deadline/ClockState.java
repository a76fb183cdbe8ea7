package cn.tianshan.deadline;

/** Where a clock stands today; derived from the stored due date and the calendar, never stored. */
public enum ClockState {
    ON_TIME("正常"),
    DUE_SOON("即将到期"),
    OVERDUE("已超期"),
    LONG_OVERDUE("严重超期"),
    PAUSED("已暂停计时"),
    DONE("按时办结"),
    DONE_LATE("超期办结");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != DONE && this != DONE_LATE;
    }
}
