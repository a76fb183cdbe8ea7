package cn.tianshan.mailbox;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.mailbox.MailboxViews.ClarificationRequest;
import cn.tianshan.mailbox.MailboxViews.DispatchCommand;
import cn.tianshan.mailbox.MailboxViews.ExtensionDecision;
import cn.tianshan.mailbox.MailboxViews.ExtensionRequest;
import cn.tianshan.mailbox.MailboxViews.LetterDetail;
import cn.tianshan.mailbox.MailboxViews.Publication;
import cn.tianshan.mailbox.MailboxViews.ReasonCommand;
import cn.tianshan.mailbox.MailboxViews.ReopenDecision;
import cn.tianshan.mailbox.MailboxViews.ReplyDraft;
import cn.tianshan.mailbox.MailboxViews.ScreeningDecision;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff's side of a letter: screening, dispatch (转办) and re-dispatch, the reply draft and its submission to
 * the unit head (review engine, chain {@code mailbox-reply}), extension request and decision, the pause while
 * the writer clarifies, the site office's decision on a reopened letter, and publication with personal data masked.
 * Every action takes the letter's row lock first, so a double click or two nodes never decide twice.
 */
@ApplicationScoped
public class MailboxHandling {

    private final Letters letters;
    private final MailboxQueries queries;
    private final Deadlines deadlines;
    private final ReviewEngine engine;
    private final Organisation organisation;
    private final People people;
    private final Notifications notifications;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    MailboxHandling(Letters letters, MailboxQueries queries, Deadlines deadlines, ReviewEngine engine, Organisation organisation,
                    People people, Notifications notifications, CurrentUser user, AuditTrail audit,
                    Clock clock) {
        this.letters = letters;
        this.queries = queries;
        this.deadlines = deadlines;
        this.engine = engine;
        this.organisation = organisation;
        this.people = people;
        this.notifications = notifications;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LetterDetail screen(long id, @Valid ScreeningDecision d) {
        MailboxMessage m = begin(id);
        letters.require(letters.dispatcher(), "只有技术部门可以甄别来信");
        letters.requireStatus(m, "甄别", LetterStatus.SCREENING);
        if (d.accept()) {
            m.accepted();
            letters.record(id, "screened", "人工甄别：正常来信，予以受理" + note(d.reason()), false);
        } else {
            if (d.reason() == null || d.reason().isBlank()) {
                throw ProblemException.invalid("reason", "不予受理须说明理由");
            }
            m.invalid();
            deadlines.stop(Letters.SUBJECT, id, Letters.CLOCK, today());
            letters.record(id, "invalid", "不予受理：" + d.reason().trim(), true);
        }
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail dispatch(long id, @Valid DispatchCommand c) {
        MailboxMessage m = begin(id);
        letters.require(letters.dispatcher(), "只有技术部门可以转办来信");
        letters.requireStatus(m, "转办", LetterStatus.RECEIVED);
        String unit = handlingUnit(c.unitCode());
        m.dispatch(unit, user.displayName(), Timestamps.now(clock));
        deadlines.handledBy(Letters.SUBJECT, id, unit);
        letters.record(id, "dispatched", "转办至" + organisation.nameOf(unit) + note(c.note()), true);
        tellHandlers(m, "mailbox.dispatched", "新转办来信：" + m.subject(), "技术部门" + user.displayName() + "转办" + note(c.note()));
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail redispatch(long id, @Valid DispatchCommand c) {
        MailboxMessage m = begin(id);
        letters.require(letters.dispatcher(), "只有技术部门可以改派来信");
        letters.requireStatus(m, "改派", LetterStatus.DISPATCHED, LetterStatus.AWAITING_WRITER);
        if (c.note() == null || c.note().isBlank()) {
            throw ProblemException.invalid("note", "改派须说明理由");
        }
        String unit = handlingUnit(c.unitCode());
        if (unit.equals(m.unitCode())) {
            throw ProblemException.invalid("unitCode", "来信已由" + organisation.nameOf(unit) + "承办");
        }
        String from = organisation.nameOf(m.unitCode());
        boolean paused = m.status() == LetterStatus.AWAITING_WRITER;
        m.dispatch(unit, user.displayName(), Timestamps.now(clock));
        if (paused) {
            deadlines.resume(Letters.SUBJECT, id, Letters.CLOCK, today());
        }
        deadlines.handledBy(Letters.SUBJECT, id, unit);
        letters.record(id, "redispatched", "由" + from + "改派至" + organisation.nameOf(unit) + "：" + c.note().trim(), true);
        tellHandlers(m, "mailbox.dispatched", "改派来信：" + m.subject(), "由" + from + "改派，理由：" + c.note().trim());
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail draft(long id, @Valid ReplyDraft d) {
        MailboxMessage m = begin(id);
        letters.require(letters.handler(m), "只有承办单位的信箱承办人可以起草答复");
        letters.requireStatus(m, "修改答复", LetterStatus.DISPATCHED);
        String text = d.text().trim();
        if (!text.equals(m.replyDraft())) {
            m.draft(text, Sha256.ofFields(java.util.List.of(text)), user.username(), user.displayName());
        }
        return queries.detail(id);
    }

    /** Saves the draft shown on screen and sends it to the unit head in one step. */
    @Transactional
    public LetterDetail submitReply(long id, @Valid ReplyDraft d) {
        draft(id, d);
        MailboxMessage m = letters.find(id);
        m.inApproval();
        engine.submit(Letters.REPLY_REVIEW, id);
        letters.record(id, "reply-submitted", "答复送单位负责人审核", false);
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail requestExtension(long id, @Valid ExtensionRequest r) {
        MailboxMessage m = begin(id);
        letters.require(letters.handler(m) || letters.unitHead(m), "只有承办单位可以申请延期");
        letters.requireStatus(m, "申请延期", LetterStatus.DISPATCHED, LetterStatus.IN_APPROVAL, LetterStatus.AWAITING_WRITER);
        if (m.extensionDays() != null) {
            throw ProblemException.conflict("已有一项延期申请待厅网站主管处室审批");
        }
        ClockView c = letters.replyClock(id).orElseThrow();
        int left = Letters.MAX_DAYS_WITH_EXTENSION - c.workingDays() - c.extensionDays();
        if (r.days() > left) {
            throw ProblemException.invalid("days", left <= 0 ? "已延期至自收信之日起 10 个工作日，不能再延期"
                    : "最多还能延期 " + left + " 个工作日（自收信之日起不得超过 10 个工作日）");
        }
        m.extensionRequested(r.days(), r.reason().trim());
        letters.record(id, "extension-requested", "申请延期 " + r.days() + " 个工作日：" + r.reason().trim(), false);
        notifications.send(people.holding(Role.SITE_OFFICE, null),
                "mailbox.extension-requested", "来信延期申请：" + m.subject(), organisation.nameOf(m.unitCode()) + "申请延期 "
                        + r.days() + " 个工作日，理由：" + r.reason().trim(), consolePath(id));
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail decideExtension(long id, @Valid ExtensionDecision d) {
        MailboxMessage m = begin(id);
        letters.require(letters.siteOffice(), "只有厅网站主管处室可以审批延期");
        if (m.extensionDays() == null) {
            throw ProblemException.conflict("没有待审批的延期申请");
        }
        int days = m.extensionDays();
        String reason = m.extensionReason();
        m.extensionDecided();
        if (d.approve()) {
            ClockView c = deadlines.extend(Letters.SUBJECT, id, Letters.CLOCK, days, reason, today());
            letters.record(id, "extension-approved", "同意延期 " + days + " 个工作日，答复时限改为 " + c.dueOn() + note(d.opinion()), true);
        } else {
            if (d.opinion() == null || d.opinion().isBlank()) {
                throw ProblemException.invalid("opinion", "不同意延期须说明理由");
            }
            letters.record(id, "extension-refused", "不同意延期：" + d.opinion().trim(), false);
        }
        tellHandlers(m, "mailbox.extension-decided", (d.approve() ? "延期已批准：" : "延期未获批准：") + m.subject(),
                "厅网站主管处室" + user.displayName() + (d.approve() ? "同意延期 " + days + " 个工作日" : "不同意延期") + note(d.opinion()));
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail requestClarification(long id, @Valid ClarificationRequest r) {
        MailboxMessage m = begin(id);
        letters.require(letters.handler(m), "只有承办单位的信箱承办人可以请来信人补充说明");
        letters.requireStatus(m, "请来信人补充", LetterStatus.DISPATCHED);
        m.awaitWriter(r.request().trim());
        deadlines.pause(Letters.SUBJECT, id, Letters.CLOCK, today(), "等待来信人补充说明");
        letters.record(id, "clarification-requested", "请来信人补充说明：" + r.request().trim() + "（暂停计时）", true);
        return queries.detail(id);
    }

    /** The writer answered another way (by phone): the handler records it and the clock runs again. */
    @Transactional
    public LetterDetail resume(long id, @Valid ReasonCommand c) {
        MailboxMessage m = begin(id);
        letters.require(letters.handler(m), "只有承办单位的信箱承办人可以恢复计时");
        letters.requireStatus(m, "恢复计时", LetterStatus.AWAITING_WRITER);
        m.clarified();
        deadlines.resume(Letters.SUBJECT, id, Letters.CLOCK, today());
        letters.record(id, "resumed", "恢复计时：" + c.reason().trim(), true);
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail decideReopened(long id, @Valid ReopenDecision d) {
        MailboxMessage m = begin(id);
        letters.require(letters.siteOffice(), "只有厅网站主管处室可以复核不满意的来信");
        letters.requireStatus(m, "复核", LetterStatus.REOPENED);
        if (d.redo()) {
            m.redo();
            deadlines.restart(Letters.SUBJECT, id, Letters.CLOCK, today(), "来信人不满意，厅网站主管处室决定重新办理");
            letters.record(id, "redo", "复核：重新办理。" + d.reason().trim(), true);
            tellHandlers(m, "mailbox.redo", "来信须重新办理：" + m.subject(), "来信人不满意，厅网站主管处室决定重新办理：" + d.reason().trim());
        } else {
            m.closed();
            letters.record(id, "upheld", "复核：维持原答复，办结。" + d.reason().trim(), true);
        }
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail publish(long id, @Valid Publication p) {
        MailboxMessage m = begin(id);
        letters.require(letters.handler(m) || letters.dispatcher(), "只有承办单位的信箱承办人或技术部门可以公开来信");
        letters.requireStatus(m, "公开", LetterStatus.ANSWERED, LetterStatus.CLOSED);
        if (!m.consentToPublish()) {
            throw ProblemException.conflict("来信人不同意公开这封来信");
        }
        List<String> names = List.of(m.writerName());
        List<FieldError> errors = new ArrayList<>();
        check(errors, "subject", p.subject(), names);
        check(errors, "content", p.content(), names);
        check(errors, "reply", p.reply(), names);
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "personal-data", "仍含个人信息", "公开内容中仍有个人信息，请隐去后再公开", errors, null);
        }
        m.publish(p.subject().trim(), p.content().trim(), p.reply().trim(), Timestamps.now(clock));
        letters.record(id, "published", "在网站公开（个人信息已隐去）", true);
        return queries.detail(id);
    }

    @Transactional
    public LetterDetail unpublish(long id, @Valid ReasonCommand c) {
        MailboxMessage m = begin(id);
        letters.require(letters.dispatcher() || letters.siteOffice(), "只有技术部门或厅网站主管处室可以撤下公开的来信");
        if (!m.published()) {
            throw ProblemException.conflict("这封来信没有公开");
        }
        m.unpublish();
        letters.record(id, "unpublished", "撤下公开：" + c.reason().trim(), false);
        return queries.detail(id);
    }

    private static void check(List<FieldError> errors, String field, String text, List<String> names) {
        List<PiiMasking.Finding> found = PiiMasking.find(text, names);
        if (!found.isEmpty()) {
            errors.add(new FieldError(field, "仍含个人信息：" + String.join("、", found.stream()
                    .map(f -> f.kind() + "“" + f.text() + "”").distinct().toList())));
        }
    }

    private MailboxMessage begin(long id) {
        MailboxMessage m = letters.lock(id);
        audit.target(Letters.SUBJECT, id);
        return m;
    }

    private String handlingUnit(String code) {
        String unit = code.trim();
        if (organisation.findUnit(unit).isEmpty()) {
            throw ProblemException.invalid("unitCode", "没有这个单位：" + unit);
        }
        if (people.holding(Role.MAILBOX_HANDLER, unit).isEmpty()) {
            throw ProblemException.invalid("unitCode", organisation.nameOf(unit) + "还没有信箱承办人，不能转办给它；请先在统一身份认证中为其指定");
        }
        return unit;
    }

    private void tellHandlers(MailboxMessage m, String kind, String title, String body) {
        ClockView c = letters.replyClock(m.id()).orElseThrow();
        notifications.sendAlsoByEmail(people.holding(Role.MAILBOX_HANDLER, m.unitCode()), kind, title,
                body + "。答复时限 " + c.dueOn() + "。", consolePath(m.id()));
    }

    private LocalDate today() {
        return Timestamps.now(clock).toLocalDate();
    }

    private static String note(String text) {
        return text == null || text.isBlank() ? "" : "。" + text.trim();
    }

    static String consolePath(long id) {
        return "/admin/mailbox-messages/" + id;
    }
}
