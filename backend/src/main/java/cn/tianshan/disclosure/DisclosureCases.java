package cn.tianshan.disclosure;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureRepositories.EventRepository;
import cn.tianshan.disclosure.DisclosureRepositories.RequestRepository;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What the parts of disclosure on request share: finding and locking a request, its steps, its two clocks, who may act. */
@ApplicationScoped
class DisclosureCases {

    static final String SUBJECT = "disclosure-request";
    static final String CORRECTION = "correction";
    static final String REPLY = "reply";
    static final int CORRECTION_DAYS = 7;
    static final int REPLY_DAYS = 20;

    private final RequestRepository requests;
    private final EventRepository events;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final CurrentUser user;
    private final Clock clock;

    DisclosureCases(RequestRepository requests, EventRepository events, Deadlines deadlines, Organisation organisation,
                    CurrentUser user, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.user = user;
        this.clock = clock;
    }

    DisclosureRequest find(long id) {
        return requests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("公开申请", id));
    }

    DisclosureRequest lock(long id) {
        return requests.lock(id).orElseThrow(() -> ProblemException.notFound("公开申请", id));
    }

    void record(long id, String event, String note, boolean shownToApplicant) {
        events.persist(DisclosureEvent.of(id, event, note, user.authenticated() ? user.displayName() : "申请人", shownToApplicant,
                Timestamps.now(clock)));
    }

    Optional<ClockView> clock(long id, String purpose) {
        return deadlines.of(SUBJECT, id, Timestamps.now(clock).toLocalDate()).stream().filter(c -> c.purpose().equals(purpose)).findFirst();
    }

    Map<Long, ClockView> replyClocks(Collection<Long> ids) {
        return deadlines.of(SUBJECT, ids, REPLY, Timestamps.now(clock).toLocalDate());
    }

    boolean siteOffice() {
        return user.has(Role.SITE_OFFICE);
    }

    boolean leader() {
        return user.has(Role.LEADER);
    }

    /** The unit the request was dispatched to: its head, reviewers and editors give the unit's opinion. */
    boolean handlingUnit(DisclosureRequest r) {
        return r.unitCode() != null && user.unitCode().filter(r.unitCode()::equals).isPresent()
                && (user.has(Role.UNIT_HEAD) || user.has(Role.DEPT_REVIEWER) || user.has(Role.EDITOR));
    }

    boolean mayRead(DisclosureRequest r) {
        return siteOffice() || leader() || handlingUnit(r);
    }

    void require(boolean allowed, String reason) {
        if (!allowed) {
            throw ProblemException.forbidden(reason);
        }
    }

    void requireStatus(DisclosureRequest r, String action, RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (r.status() == s) {
                return;
            }
        }
        throw ProblemException.conflict("申请现在“" + r.status().label() + "”，不能" + action);
    }

    String unitName(String code) {
        return code == null ? null : organisation.nameOf(code);
    }

    Optional<String> siteOfficeUnit() {
        return organisation.holderOf("SITE_AUTHORITY");
    }

    static String consolePath(long id) {
        return "/admin/disclosure-requests/" + id;
    }
}
