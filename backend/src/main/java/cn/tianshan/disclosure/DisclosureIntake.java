package cn.tianshan.disclosure;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureRepositories.EventRepository;
import cn.tianshan.disclosure.DisclosureRepositories.RequestRepository;
import cn.tianshan.disclosure.DisclosureViews.ApplicantStep;
import cn.tianshan.disclosure.DisclosureViews.DisclosureApplication;
import cn.tianshan.disclosure.DisclosureViews.DisclosureReceipt;
import cn.tianshan.disclosure.DisclosureViews.DisclosureStatusView;
import cn.tianshan.disclosure.DisclosureViews.DisclosureTrackingQuery;
import cn.tianshan.disclosure.DisclosureViews.SupplementCommand;
import cn.tianshan.intake.IntakeGuard;
import cn.tianshan.intake.TrackingLookups;
import cn.tianshan.intake.TrackingSecrets;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The applicant's side: apply (through the intake guard), follow the request, send the supplement asked for. */
@ApplicationScoped
public class DisclosureIntake {

    static final String CHANNEL = "disclosure";

    private final RequestRepository requests;
    private final EventRepository events;
    private final DisclosureCases cases;
    private final IntakeGuard guard;
    private final TrackingSecrets secrets;
    private final TrackingLookups lookups;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final People people;
    private final Clock clock;

    DisclosureIntake(RequestRepository requests, EventRepository events, DisclosureCases cases, IntakeGuard guard,
                     TrackingSecrets secrets, TrackingLookups lookups, Deadlines deadlines, Notifications notifications,
                     People people, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.cases = cases;
        this.guard = guard;
        this.secrets = secrets;
        this.lookups = lookups;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    public DisclosureReceipt apply(@Valid DisclosureApplication a, String address) {
        guard.admit(CHANNEL, address);
        guard.check(a.challenge());
        return store(a, secrets.hash(a.password()), address, Timestamps.now(clock));
    }

    /** An application that arrived on paper, entered with the time it arrived (its clocks run from then). */
    public DisclosureReceipt registerReceived(DisclosureApplication a, LocalDateTime receivedAt) {
        return store(a, secrets.hash(a.password()), null, receivedAt);
    }

    @Transactional
    DisclosureReceipt store(DisclosureApplication a, String passwordHash, String address, LocalDateTime now) {
        if (a.challenge() != null) {
            guard.spend(a.challenge());
        }
        String code;
        do {
            code = secrets.newCode("GK");
        } while (requests.byCode(code).isPresent());
        DisclosureRequest r = DisclosureRequest.received(new DisclosureRequest.Application(a.applicantType(), a.applicantName().trim(),
                a.idKind().trim(), a.idNumber().trim(), blank(a.contactName()), a.phone().trim(), blank(a.email()), a.address().trim(),
                blank(a.postalCode()), a.description().trim(), blank(a.purpose()), a.deliveryForm(), a.deliveryMethod()),
                code, passwordHash, address, now);
        requests.persist(r);
        requests.flush();
        String office = cases.siteOfficeUnit().orElse(null);
        deadlines.start(DisclosureCases.SUBJECT, r.id(), DisclosureCases.CORRECTION, "补正告知时限", office, now.toLocalDate(),
                DisclosureCases.CORRECTION_DAYS);
        ClockView reply = deadlines.start(DisclosureCases.SUBJECT, r.id(), DisclosureCases.REPLY, "答复时限", office,
                now.toLocalDate(), DisclosureCases.REPLY_DAYS);
        cases.record(r.id(), "received", "收到申请，查询码 " + code, true);
        notifications.send(people.holding(Role.SITE_OFFICE, null),
                "disclosure.received", "新的政府信息公开申请", r.applicantName() + "申请公开：" + shorten(r.description())
                        + "。答复时限 " + reply.dueOn() + "。", DisclosureCases.consolePath(r.id()));
        return new DisclosureReceipt(code, now, reply.dueOn(), "申请已收到。请记下查询码 " + code
                + " 并牢记查询密码，凭二者查询办理进度、补正要求和答复。");
    }

    public DisclosureStatusView lookup(@Valid DisclosureTrackingQuery q, String address) {
        return statusOf(open(q.trackingCode(), q.password(), address).id());
    }

    @Transactional
    public DisclosureStatusView supplement(@Valid SupplementCommand c, String address) {
        DisclosureRequest r = cases.lock(open(c.trackingCode(), c.password(), address).id());
        if (r.status() != RequestStatus.AWAITING_CORRECTION) {
            throw ProblemException.conflict("这份申请没有等待您补正的内容");
        }
        r.supplemented(c.text().trim());
        deadlines.restart(DisclosureCases.SUBJECT, r.id(), DisclosureCases.REPLY, Timestamps.now(clock).toLocalDate(),
                "申请人补正，答复期限自收到补正之日起计算");
        cases.record(r.id(), "supplemented", "申请人补正：" + c.text().trim(), true);
        notifications.send(people.holding(Role.SITE_OFFICE, null),
                "disclosure.supplemented", "申请人已补正", "查询码 " + r.trackingCode() + "，答复期限重新计算。", DisclosureCases.consolePath(r.id()));
        return statusOf(r.id());
    }

    private DisclosureRequest open(String code, String password, String address) {
        return lookups.open(code, password, address, requests::byCode, DisclosureRequest::passwordHash);
    }

    private DisclosureStatusView statusOf(long id) {
        DisclosureRequest r = cases.find(id);
        List<ApplicantStep> steps = events.of(id).stream().filter(DisclosureEvent::shownToApplicant)
                .map(e -> new ApplicantStep(e.occurredAt(), e.note())).toList();
        boolean replied = r.status() == RequestStatus.REPLIED || r.status() == RequestStatus.ARCHIVED;
        return new DisclosureStatusView(r.trackingCode(), r.status(), r.status().label(), r.description(), r.receivedAt(),
                cases.clock(id, DisclosureCases.REPLY).map(ClockView::dueOn).orElse(null),
                r.status() == RequestStatus.AWAITING_CORRECTION ? r.correctionNote() : null,
                r.status() == RequestStatus.AWAITING_CORRECTION, replied ? r.replyType() : null,
                replied ? r.replyType().label() : null, replied ? r.legalGround() : null, replied ? r.replyText() : null,
                r.repliedAt(), replied && r.replyDocumentStored() != null, steps);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
