package cn.tianshan.calendar;

import cn.tianshan.audit.Audited;
import cn.tianshan.calendar.CalendarViews.CalendarDayView;
import cn.tianshan.calendar.CalendarViews.CalendarImport;
import cn.tianshan.calendar.CalendarViews.CalendarYearView;
import cn.tianshan.calendar.CalendarViews.DayChange;
import cn.tianshan.calendar.CalendarViews.ImportResult;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar: staff read it and compute deadlines; the site office maintains it. */
@Path("/calendar")
@Tag(name = "Calendar", description = "工作日历：节假日与调休上班，所有时限的计算依据")
@RolesAllowed(Role.Names.STAFF)
public class CalendarResource {

    private final CalendarService calendar;
    private final WorkingDays workingDays;

    CalendarResource(CalendarService calendar, WorkingDays workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    @GET
    @Path("/years/{year}")
    @Operation(operationId = "getCalendarYear", summary = "A year's calendar: whether its schedule is announced or computed, its entries (national and the site's region), and for a computed year the statutory days off")
    public CalendarYearView year(@PathParam("year") String year) {
        return calendar.year(Params.requiredInt("year", year, 2000, 2100));
    }

    @PUT
    @Path("/days/{date}")
    @RolesAllowed(Role.Names.SITE_OFFICE)
    @Audited(action = "calendar.day.set", targetType = "calendar-day", targetParam = "date")
    @Operation(operationId = "setCalendarDay", summary = "Mark a date as a day off or a make-up working day (site office); open due dates are recomputed")
    public CalendarDayView setDay(@PathParam("date") String date, @Valid @NotNull DayChange change) {
        return calendar.setDay(Params.date("date", date), change);
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed(Role.Names.SITE_OFFICE)
    @Audited(action = "calendar.day.remove", targetType = "calendar-day", targetParam = "date")
    @Operation(operationId = "removeCalendarDay", summary = "Remove a date's entry, so it is an ordinary weekday or weekend again (site office); open due dates are recomputed")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeDay(@PathParam("date") String date, @QueryParam("region") String region) {
        calendar.removeDay(Params.date("date", date), region);
        return Response.noContent().build();
    }

    @POST
    @Path("/imports")
    @RolesAllowed(Role.Names.SITE_OFFICE)
    @Audited(action = "calendar.year.import", targetType = "calendar-year")
    @Operation(operationId = "importCalendarYear", summary = "Import a year's announced schedule (off ranges and make-up days); all or nothing (site office); open due dates are recomputed and their owners told")
    public ImportResult importYear(@Valid @NotNull CalendarImport file) {
        return calendar.importYear(file);
    }

    @GET
    @Path("/days/{date}")
    @Operation(operationId = "getCalendarDay", summary = "Whether a date is a working day, why, and whether its year's schedule is announced, computed or unknown")
    public DayVerdict day(@PathParam("date") String date) {
        return workingDays.verdict(Params.date("date", date));
    }

    @GET
    @Path("/deadline")
    @Operation(operationId = "computeDeadline", summary = "The date N working days after a start date (start not counted), with the explanation")
    public Deadline deadline(@QueryParam("start") String start, @QueryParam("workingDays") String days) {
        return workingDays.add(Params.date("start", start),
                Params.requiredInt("workingDays", days, 0, WorkingDayRules.MAX_WORKING_DAYS));
    }

    @GET
    @Path("/outlook")
    @Operation(operationId = "getCalendarOutlook", summary = "This year and next: announced or computed; from 1 November a warning until next year's schedule is imported")
    public CalendarViews.CalendarOutlook outlook() {
        return calendar.outlook();
    }

    @GET
    @Path("/span")
    @Operation(operationId = "countWorkingDays", summary = "How many working days lie after one date up to and including another, with the explanation")
    public WorkingDaySpan span(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "结束日期不能早于开始日期");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw ProblemException.invalid("to", "区间最长五年");
        }
        return workingDays.count(start, end);
    }
}
