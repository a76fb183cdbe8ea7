package cn.tianshan.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the calendar API. */
public final class CalendarViews {

    static final String REGION_PATTERN = "^$|^[0-9]{2,6}$";

    private CalendarViews() {
    }

    public record CalendarDayView(LocalDate date, String region, DayKind kind, String reason, String notice,
                                  int scheduleYear, LocalDateTime updatedAt, String updatedBy) {
        static CalendarDayView of(CalendarDay d) {
            return new CalendarDayView(d.day(), d.regionCode(), d.kind(), d.reason(), d.notice(), d.scheduleYear(),
                    d.updatedAt(), d.updatedBy());
        }
    }

    /** A day off the law fixes, shown for a year whose schedule is only computed. */
    public record StatutoryDayView(LocalDate date, String festival) {
    }

    public record CalendarYearView(int year, String siteRegion, boolean scheduled, ScheduleStatus status,
                                   String statusLabel, String notice, LocalDateTime importedAt, String importedByName,
                                   List<CalendarDayView> days,
                                   @Schema(description = "For a year not yet announced: the statutory days off the calendar counts with")
                                   List<StatutoryDayView> statutoryDays) {
    }

    public record YearStatusView(int year, ScheduleStatus status, String statusLabel, String notice, LocalDateTime importedAt) {
    }

    /**
     * What the site office must know about the years ahead: from 1 November on, a warning until next year's
     * schedule is imported.
     */
    public record CalendarOutlook(LocalDate today, YearStatusView currentYear, YearStatusView nextYear, String warning) {
    }

    @Schema(description = "Marks one date as a day off or a make-up working day")
    public record DayChange(
            @NotNull DayKind kind,
            @NotBlank @Size(max = 50) @Schema(example = "国庆节") String reason,
            @Size(max = 200) @Schema(example = "国务院办公厅关于2026年部分节假日安排的通知") String notice,
            @Pattern(regexp = REGION_PATTERN, message = "全国性安排留空，地区安排填2至6位行政区划代码")
            @Schema(description = "Empty or absent for a national entry; a GB/T 2260 region code for a regional one")
            String region) {
    }

    @Schema(description = "A year's holiday schedule as the State Council (or the region) announced it")
    public record CalendarImport(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Pattern(regexp = REGION_PATTERN, message = "全国性安排留空，地区安排填2至6位行政区划代码") String region,
            @Size(max = 200) String notice,
            @NotNull @Size(min = 1, max = 40) List<@Valid @NotNull HolidayRange> holidays,
            @NotNull @Size(max = 40) List<@Valid @NotNull MakeupDay> makeupWorkdays) {
    }

    public record HolidayRange(@NotBlank @Size(max = 50) String name, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record MakeupDay(@NotNull LocalDate date, @NotBlank @Size(max = 50) String name) {
    }

    public record ImportResult(int year, String region, int offDays, int makeupWorkdays, long replacedEntries) {
    }
}
