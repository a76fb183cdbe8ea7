package cn.tianshan.calendar;

/** What a calendar entry says about its date: a day off, or a (make-up) working day. */
public enum DayKind {
    OFF("休"),
    WORK("班");

    private final String mark;

    DayKind(String mark) {
        this.mark = mark;
    }

    /** The one-character mark a Chinese calendar prints on such a day. */
    public String mark() {
        return mark;
    }
}
