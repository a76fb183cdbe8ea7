package cn.tianshan.disclosure;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.ClockState;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.disclosure.DisclosureEnums.ExtensionStatus;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureViews.DeliveryCommand;
import cn.tianshan.disclosure.DisclosureViews.DisclosureDetail;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionDecision;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionRequest;
import cn.tianshan.disclosure.DisclosureViews.NoteCommand;
import cn.tianshan.disclosure.DisclosureViews.RegisterCommand;
import cn.tianshan.disclosure.DisclosureViews.ReplyCommand;
import cn.tianshan.intake.IntakeUploads;
import cn.tianshan.notification.MailOutbox;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The site office handles a request: registers and dispatches it, asks for a correction within 7 working days
 * (the reply clock then restarts from the supplement), consults a third party (the clock pauses), asks a leader
 * for one extension of at most 20 working days, replies with a type of the regulation, and archives it with the
 * delivery record. The dispatched unit gives its opinion. Each action holds the request's row lock.
 */
@ApplicationScoped
public class DisclosureHandling {

    private final DisclosureCases cases;
    private final DisclosureQueries queries;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final People people;
    private final Notifications notifications;
    private final MailOutbox mail;
    private final IntakeUploads uploads;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosureHandling(DisclosureCases cases, DisclosureQueries queries, Deadlines deadlines, Organisation organisation,
                       People people, Notifications notifications, MailOutbox mail, IntakeUploads uploads, CurrentUser user,
                       AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.people = people;
        this.notifications = notifications;
        this.mail = mail;
        this.uploads = uploads;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DisclosureDetail register(long id, @Valid RegisterCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以登记转办公开申请");
        cases.requireStatus(r, "登记转办", RequestStatus.SUBMITTED);
        String unit = c.unitCode().trim();
        if (organisation.findUnit(unit).isEmpty()) {
            throw ProblemException.invalid("unitCode", "没有这个单位：" + unit);
        }
        r.registered(unit);
        deadlines.stop(DisclosureCases.SUBJECT, id, DisclosureCases.CORRECTION, today());
        deadlines.handledBy(DisclosureCases.SUBJECT, id, unit);
        cases.record(id, "registered", "登记受理，转" + organisation.nameOf(unit) + "办理" + note(c.note()), true);
        notifications.sendAlsoByEmail(people.matching(p -> p.enabled() && unit.equals(p.unitCode())
                        && (p.holds(Role.UNIT_HEAD) || p.holds(Role.DEPT_REVIEWER))).stream().map(Person::username).toList(),
                "disclosure.dispatched", "政府信息公开申请转办", "请就申请“" + shorten(r.description()) + "”提出办理意见"
                        + note(c.note()) + "。", DisclosureCases.consolePath(id));
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail requestCorrection(long id, @Valid NoteCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以要求申请人补正");
        cases.requireStatus(r, "要求补正", RequestStatus.SUBMITTED);
        ClockView correction = cases.clock(id, DisclosureCases.CORRECTION).orElseThrow();
        if (correction.stoppedOn() != null) {
            throw ProblemException.conflict("已经要求过一次补正，不能再次要求");
        }
        if (correction.state() == ClockState.OVERDUE || correction.state() == ClockState.LONG_OVERDUE) {
            throw ProblemException.conflict("补正须在收到申请之日起 7 个工作日内一次性告知（至 " + correction.dueOn() + "），已逾期，不能再要求补正");
        }
        r.correctionRequested(c.note().trim());
        deadlines.stop(DisclosureCases.SUBJECT, id, DisclosureCases.CORRECTION, today());
        deadlines.pause(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, today(), "等待申请人补正");
        cases.record(id, "correction-requested", "告知补正：" + c.note().trim() + "。答复期限自收到补正之日起重新计算", true);
        if (r.email() != null) {
            mail.enqueue(r.email(), r.applicantName(), null, "disclosure.correction", "政府信息公开申请需要补正（查询码 " + r.trackingCode() + "）",
                    "您的政府信息公开申请需要补正：" + c.note().trim() + "\n请凭查询码和查询密码在网站“依申请公开—查询”中提交补正内容。");
        }
        return queries.detail(id);
    }

    /** The supplement came on paper or by phone: the site office records it and the reply clock restarts. */
    @Transactional
    public DisclosureDetail recordSupplement(long id, @Valid NoteCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以登记补正");
        cases.requireStatus(r, "登记补正", RequestStatus.AWAITING_CORRECTION);
        r.supplemented(c.note().trim());
        deadlines.restart(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, today(), "收到补正，答复期限自收到补正之日起计算");
        cases.record(id, "supplemented", "收到补正（线下）：" + c.note().trim(), true);
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail opinion(long id, @Valid NoteCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.handlingUnit(r), "只有承办单位可以提出办理意见");
        cases.requireStatus(r, "提出意见", RequestStatus.HANDLING, RequestStatus.THIRD_PARTY);
        r.opinion(c.note().trim());
        cases.record(id, "opinion", organisation.nameOf(r.unitCode()) + "办理意见：" + c.note().trim(), false);
        notifications.send(people.holding(Role.SITE_OFFICE, null),
                "disclosure.opinion", "承办单位已提出办理意见", organisation.nameOf(r.unitCode()) + "：" + shorten(c.note().trim()),
                DisclosureCases.consolePath(id));
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail requestExtension(long id, @Valid DisclosureExtensionRequest c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以申请延期");
        cases.requireStatus(r, "申请延期", RequestStatus.HANDLING, RequestStatus.THIRD_PARTY);
        if (r.extensionStatus() == ExtensionStatus.REQUESTED || r.extensionStatus() == ExtensionStatus.APPROVED) {
            throw ProblemException.conflict("答复期限只能延长一次");
        }
        r.extensionRequested(c.days(), c.reason().trim());
        cases.record(id, "extension-requested", "申请延期 " + c.days() + " 个工作日：" + c.reason().trim(), false);
        List<String> leaders = r.unitCode() == null ? List.of()
                : organisation.leaderOf(cases.siteOfficeUnit().orElse(r.unitCode())).map(PersonRef::username).stream().toList();
        notifications.sendAlsoByEmail(leaders.isEmpty() ? people.holding(Role.LEADER, null) : leaders, "disclosure.extension-requested", "公开申请延期待审批",
                "延期 " + c.days() + " 个工作日，理由：" + c.reason().trim(), DisclosureCases.consolePath(id));
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail decideExtension(long id, @Valid DisclosureExtensionDecision d) {
        DisclosureRequest r = begin(id);
        cases.require(cases.leader(), "延期须经厅领导批准");
        if (r.extensionStatus() != ExtensionStatus.REQUESTED) {
            throw ProblemException.conflict("没有待审批的延期申请");
        }
        if (!d.approve() && (d.opinion() == null || d.opinion().isBlank())) {
            throw ProblemException.invalid("opinion", "不同意延期须说明理由");
        }
        r.extensionDecided(d.approve());
        if (d.approve()) {
            ClockView c = deadlines.extend(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, r.extensionDays(), r.extensionReason(), today());
            cases.record(id, "extension-approved", "经" + user.displayName() + "批准延期 " + r.extensionDays() + " 个工作日，答复期限至 "
                    + c.dueOn() + note(d.opinion()), true);
        } else {
            cases.record(id, "extension-refused", user.displayName() + "不同意延期：" + d.opinion().trim(), false);
        }
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail startThirdParty(long id, @Valid NoteCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以征求第三方意见");
        cases.requireStatus(r, "征求第三方意见", RequestStatus.HANDLING);
        r.thirdParty(true);
        deadlines.pause(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, today(), "征求第三方意见");
        cases.record(id, "third-party", "征求第三方意见（所需时间不计入答复期限，第三方应在 15 个工作日内提出意见）：" + c.note().trim(), true);
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail endThirdParty(long id, @Valid NoteCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以登记第三方意见");
        cases.requireStatus(r, "结束征求意见", RequestStatus.THIRD_PARTY);
        r.thirdParty(false);
        deadlines.resume(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, today());
        cases.record(id, "third-party-done", "第三方意见：" + c.note().trim() + "。恢复计时", true);
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail reply(long id, @Valid ReplyCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以作出答复");
        cases.requireStatus(r, "答复", RequestStatus.HANDLING, RequestStatus.SUBMITTED, RequestStatus.AWAITING_CORRECTION);
        String ground = c.legalGround() == null || c.legalGround().isBlank() ? null : c.legalGround().trim();
        if (c.replyType().needsLegalGround() && ground == null) {
            throw ProblemException.invalid("legalGround", "“" + c.replyType().label() + "”须写明法律依据（如《政府信息公开条例》第十四条）");
        }
        LocalDateTime now = Timestamps.now(clock);
        r.replied(c.replyType(), ground, c.text().trim(), user.displayName(), now);
        deadlines.stop(DisclosureCases.SUBJECT, id, DisclosureCases.CORRECTION, now.toLocalDate());
        deadlines.stop(DisclosureCases.SUBJECT, id, DisclosureCases.REPLY, now.toLocalDate());
        cases.record(id, "replied", "答复：" + c.replyType().label() + (ground == null ? "" : "（依据：" + ground + "）"), true);
        if (r.email() != null) {
            mail.enqueue(r.email(), r.applicantName(), null, "disclosure.replied", "政府信息公开申请已答复（查询码 " + r.trackingCode() + "）",
                    "您的政府信息公开申请已答复：" + c.replyType().label() + "。请凭查询码和查询密码在网站“依申请公开—查询”中阅读答复。");
        }
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail attachReplyDocument(long id, String fileName, byte[] content) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以上传答复书");
        cases.requireStatus(r, "上传答复书", RequestStatus.REPLIED);
        IntakeUploads.UploadReceipt receipt = uploads.accept(fileName, content);
        IntakeUploads.StoredUpload stored = uploads.claim(receipt.token(), "disclosure:" + r.trackingCode()).orElseThrow();
        r.replyDocument(stored.originalName(), stored.storedName());
        cases.record(id, "reply-document", "上传答复书：" + stored.originalName(), true);
        return queries.detail(id);
    }

    @Transactional
    public DisclosureDetail deliver(long id, @Valid DeliveryCommand c) {
        DisclosureRequest r = begin(id);
        cases.require(cases.siteOffice(), "只有厅网站主管处室可以登记送达");
        cases.requireStatus(r, "登记送达", RequestStatus.REPLIED);
        if (c.deliveredOn().isAfter(today()) || c.deliveredOn().isBefore(r.repliedAt().toLocalDate())) {
            throw ProblemException.invalid("deliveredOn", "送达日期须在答复之日与今天之间");
        }
        r.delivered(c.record().trim(), c.deliveredOn(), Timestamps.now(clock));
        cases.record(id, "archived", "送达（" + c.deliveredOn() + "）：" + c.record().trim() + "。办结归档", true);
        return queries.detail(id);
    }

    private DisclosureRequest begin(long id) {
        DisclosureRequest r = cases.lock(id);
        audit.target(DisclosureCases.SUBJECT, id);
        return r;
    }

    private LocalDate today() {
        return Timestamps.now(clock).toLocalDate();
    }

    private static String note(String text) {
        return text == null || text.isBlank() ? "" : "。" + text.trim();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
