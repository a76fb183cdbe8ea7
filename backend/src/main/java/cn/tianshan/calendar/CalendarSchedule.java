package cn.tianshan.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A year's schedule as announced (国务院办公厅 or the region) and imported: the year is no longer provisional. */
@Entity
@Table(name = "calendar_schedule")
public class CalendarSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int scheduleYear;
    private String regionCode;
    private String notice;
    private LocalDateTime importedAt;
    private String importedBy;
    private String importedByName;

    protected CalendarSchedule() {
    }

    static CalendarSchedule of(int year, String region, String notice, String by, String byName, LocalDateTime at) {
        CalendarSchedule schedule = new CalendarSchedule();
        schedule.scheduleYear = year;
        schedule.regionCode = region;
        schedule.reimported(notice, by, byName, at);
        return schedule;
    }

    void reimported(String notice, String by, String byName, LocalDateTime at) {
        this.notice = notice;
        this.importedBy = by;
        this.importedByName = byName;
        this.importedAt = at;
    }

    public int scheduleYear() {
        return scheduleYear;
    }

    public String regionCode() {
        return regionCode;
    }

    public String notice() {
        return notice;
    }

    public LocalDateTime importedAt() {
        return importedAt;
    }

    public String importedByName() {
        return importedByName;
    }
}
