package cn.tianshan.disclosure;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.disclosure.DisclosureEnums.ExtensionStatus;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureRepositories.EventRepository;
import cn.tianshan.disclosure.DisclosureRepositories.RequestRepository;
import cn.tianshan.disclosure.DisclosureViews.Applicant;
import cn.tianshan.disclosure.DisclosureViews.DisclosureDetail;
import cn.tianshan.disclosure.DisclosureViews.DisclosurePage;
import cn.tianshan.disclosure.DisclosureViews.DisclosureRow;
import cn.tianshan.disclosure.DisclosureViews.Step;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests as staff read them; the applicant's identity only for the site office and the unit handling it (audited). */
@ApplicationScoped
public class DisclosureQueries {

    private final RequestRepository requests;
    private final EventRepository events;
    private final DisclosureCases cases;
    private final Deadlines deadlines;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    DisclosureQueries(RequestRepository requests, EventRepository events, DisclosureCases cases, Deadlines deadlines,
                      CurrentUser user, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.cases = cases;
        this.deadlines = deadlines;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public DisclosurePage list(String unitFilter, RequestStatus status, int page, int size) {
        boolean all = cases.siteOffice() || cases.leader();
        String unit = all ? unitFilter : user.unitCode()
                .orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，没有可看的公开申请"));
        List<DisclosureRequest> found = requests.search(unit, status, page, size);
        Map<Long, ClockView> clocks = cases.replyClocks(found.stream().map(DisclosureRequest::id).toList());
        return new DisclosurePage(found.stream().map(r -> {
            ClockView c = clocks.get(r.id());
            return new DisclosureRow(r.id(), r.trackingCode(), r.applicantName(), r.applicantType().label(),
                    r.description().length() > 80 ? r.description().substring(0, 79) + "…" : r.description(), r.status(),
                    r.status().label(), r.receivedAt(), cases.unitName(r.unitCode()), c == null ? null : c.dueOn(),
                    c == null ? null : c.state().name(), c == null ? null : c.stateLabel(), c == null ? 0 : c.remainingWorkingDays());
        }).toList(), page, size);
    }

    public DisclosureDetail detail(long id) {
        DisclosureRequest r = cases.find(id);
        if (!cases.mayRead(r)) {
            throw ProblemException.forbidden("这份公开申请不由您的单位办理，您无权查看");
        }
        boolean identity = cases.siteOffice() || cases.handlingUnit(r);
        if (identity) {
            audit.append(new AuditEntry(Timestamps.now(clock), user.username(), user.unitCode().orElse(null),
                    user.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(",")),
                    "disclosure-request.read-personal-data", DisclosureCases.SUBJECT, String.valueOf(id),
                    AuditEntry.Outcome.SUCCESS, 200, null, null, null));
        }
        Applicant applicant = identity ? new Applicant(r.applicantType(), r.applicantType().label(), r.applicantName(), r.idKind(),
                r.idNumber(), r.contactName(), r.phone(), r.email(), r.address(), r.postalCode())
                : new Applicant(r.applicantType(), r.applicantType().label(), r.applicantName(), null, null, null, null, null, null, null);
        List<Step> steps = events.of(id).stream()
                .map(e -> new Step(e.occurredAt(), e.event(), e.note(), e.actorName(), e.shownToApplicant())).toList();
        return new DisclosureDetail(r.id(), r.trackingCode(), applicant, r.description(), r.purpose(), r.deliveryForm(),
                r.deliveryForm().label(), r.deliveryMethod(), r.deliveryMethod().label(), r.status(), r.status().label(),
                r.receivedAt(), r.unitCode(), cases.unitName(r.unitCode()), r.unitOpinion(), r.correctionNote(), r.supplement(),
                r.extensionDays(), r.extensionReason(), r.extensionStatus(), r.replyType(),
                r.replyType() == null ? null : r.replyType().label(), r.legalGround(), r.replyText(), r.replyDocumentName(),
                r.repliedAt(), r.repliedByName(), r.deliveryRecord(), r.deliveredOn(),
                deadlines.of(DisclosureCases.SUBJECT, id, Timestamps.now(clock).toLocalDate()), allowed(r), steps);
    }

    public DisclosureRequest replyDocumentOf(long id) {
        DisclosureRequest r = cases.find(id);
        if (!cases.mayRead(r)) {
            throw ProblemException.forbidden("这份公开申请不由您的单位办理，您无权查看");
        }
        if (r.replyDocumentStored() == null) {
            throw ProblemException.notFound("答复书", id);
        }
        return r;
    }

    private List<String> allowed(DisclosureRequest r) {
        List<String> allowed = new ArrayList<>();
        boolean office = cases.siteOffice();
        switch (r.status()) {
            case SUBMITTED -> {
                add(allowed, office, "register", "reply");
                add(allowed, office && cases.clock(r.id(), DisclosureCases.CORRECTION).map(c -> c.stoppedOn() == null).orElse(false),
                        "request-correction");
            }
            case AWAITING_CORRECTION -> add(allowed, office, "record-supplement", "reply");
            case HANDLING -> {
                add(allowed, office, "reply", "start-third-party");
                add(allowed, cases.handlingUnit(r), "opinion");
            }
            case THIRD_PARTY -> {
                add(allowed, office, "end-third-party");
                add(allowed, cases.handlingUnit(r), "opinion");
            }
            case REPLIED -> add(allowed, office, "deliver", "reply-document");
            default -> {
            }
        }
        boolean open = r.status() == RequestStatus.HANDLING || r.status() == RequestStatus.THIRD_PARTY;
        add(allowed, open && office && r.extensionStatus() == null, "request-extension");
        add(allowed, r.extensionStatus() == ExtensionStatus.REQUESTED && cases.leader(), "decide-extension");
        return allowed;
    }

    private static void add(List<String> allowed, boolean condition, String... actions) {
        if (condition) {
            allowed.addAll(List.of(actions));
        }
    }
}
