package cn.tianshan.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One calendar entry: a date that is off or a (make-up) working day, for the whole country (region "") or
 * one region, with the holiday it belongs to and the notice that announced it.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public static final String NATIONAL = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate day;
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String reason;
    private String notice;
    /** The year whose holiday schedule the entry belongs to (元旦 may start on 31 December of the year before). */
    private int scheduleYear;
    private LocalDateTime updatedAt;
    private String updatedBy;

    protected CalendarDay() {
    }

    static CalendarDay of(LocalDate day, String region, DayKind kind, String reason, String notice, int scheduleYear,
                          String by, LocalDateTime at) {
        CalendarDay entry = new CalendarDay();
        entry.day = day;
        entry.regionCode = region;
        entry.scheduleYear = scheduleYear;
        entry.change(kind, reason, notice, by, at);
        return entry;
    }

    void change(DayKind kind, String reason, String notice, String by, LocalDateTime at) {
        this.kind = kind;
        this.reason = reason;
        this.notice = notice;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public LocalDate day() {
        return day;
    }

    public String regionCode() {
        return regionCode;
    }

    public DayKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String notice() {
        return notice;
    }

    public int scheduleYear() {
        return scheduleYear;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
