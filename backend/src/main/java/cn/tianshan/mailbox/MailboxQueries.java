package cn.tianshan.mailbox;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.mailbox.MailboxRepositories.EventRepository;
import cn.tianshan.mailbox.MailboxRepositories.MessageRepository;
import cn.tianshan.mailbox.MailboxViews.HandlingStep;
import cn.tianshan.mailbox.MailboxViews.LetterDetail;
import cn.tianshan.mailbox.MailboxViews.LetterPage;
import cn.tianshan.mailbox.MailboxViews.LetterRow;
import cn.tianshan.mailbox.MailboxViews.PublicationDraft;
import cn.tianshan.mailbox.MailboxViews.Writer;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Letters as staff read them: the list (own unit's, or all for the departments that oversee), and one letter. */
@ApplicationScoped
public class MailboxQueries {

    private final MessageRepository messages;
    private final EventRepository events;
    private final Letters letters;
    private final ReviewEngine engine;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    MailboxQueries(MessageRepository messages, EventRepository events, Letters letters, ReviewEngine engine, CurrentUser user,
                   AuditLog audit, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.letters = letters;
        this.engine = engine;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public LetterPage list(String unitFilter, LetterStatus status, LetterKind kind, int page, int size) {
        boolean all = user.has(Role.TECH_OPS) || user.has(Role.SITE_OFFICE) || user.has(Role.LEADER);
        if (!all && !user.has(Role.MAILBOX_HANDLER) && !user.has(Role.UNIT_HEAD)) {
            throw ProblemException.forbidden("本单位来信由信箱承办人和单位负责人办理，您无权查看");
        }
        String unit = all ? unitFilter : user.unitCode()
                .orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，没有可看的来信"));
        List<MailboxMessage> found = messages.search(unit, status, kind, page, size);
        var clocks = letters.replyClocks(found.stream().map(MailboxMessage::id).toList());
        List<LetterRow> rows = found.stream().map(m -> {
            Optional<ClockView> c = Optional.ofNullable(clocks.get(m.id()));
            return new LetterRow(m.id(), m.trackingCode(), m.kind(), m.kind().label(), m.subject(), m.status(), m.status().label(),
                    m.receivedAt(), m.unitCode(), letters.unitName(m.unitCode()), c.map(ClockView::dueOn).orElse(null),
                    c.map(v -> v.state().name()).orElse(null), c.map(ClockView::stateLabel).orElse(null),
                    c.map(ClockView::remainingWorkingDays).orElse(0), m.published());
        }).toList();
        return new LetterPage(rows, page, size);
    }

    public LetterDetail detail(long id) {
        MailboxMessage m = letters.find(id);
        if (!letters.mayRead(m)) {
            throw ProblemException.forbidden("这封来信由" + (m.unitCode() == null ? "技术部门" : letters.unitName(m.unitCode()))
                    + "办理，您无权查看");
        }
        boolean handling = letters.handling(m);
        if (handling) {
            audit.append(new AuditEntry(Timestamps.now(clock), user.username(), user.unitCode().orElse(null),
                    user.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(",")),
                    "mailbox-message.read-personal-data", Letters.SUBJECT, String.valueOf(id), AuditEntry.Outcome.SUCCESS, 200,
                    null, null, null));
        }
        List<HandlingStep> steps = events.of(id).stream()
                .map(e -> new HandlingStep(e.occurredAt(), e.event(), e.note(), e.actorName(), e.shownToWriter())).toList();
        List<String> names = List.of(m.writerName());
        PublicationDraft draft = m.consentToPublish() && m.status().answered() && handling
                ? new PublicationDraft(PiiMasking.mask(m.published() ? m.publicSubject() : m.subject(), names),
                PiiMasking.mask(m.published() ? m.publicContent() : m.content(), names),
                PiiMasking.mask(m.published() ? m.publicReply() : m.reply(), names),
                PiiMasking.find(m.subject() + "\n" + m.content() + "\n" + m.reply(), names))
                : null;
        return new LetterDetail(m.id(), m.trackingCode(), m.kind(), m.kind().label(), m.subject(), m.content(),
                handling ? new Writer(m.writerName(), m.writerPhone(), m.writerEmail()) : null, m.consentToPublish(),
                m.attachmentName(), m.attachmentSize(), m.status(), m.status().label(), m.screeningReasons(), m.duplicateOf(),
                m.receivedAt(), m.unitCode(), letters.unitName(m.unitCode()), m.dispatchedAt(), m.dispatchedByName(),
                m.replyDraft(), m.draftedByName(), m.reply(), m.repliedAt(), m.extensionDays(), m.extensionReason(),
                m.clarificationRequest(), m.rating(), m.rating() == null ? null : m.rating().label(), m.ratingComment(),
                m.published(), m.publicSubject(), m.publicContent(), m.publicReply(), letters.replyClock(id).orElse(null),
                allowed(m), engine.activeRun(Letters.REPLY_REVIEW, id).orElse(null), engine.actionsFor(Letters.REPLY_REVIEW, id),
                steps, draft);
    }

    /** The attachment's stored name and original name, for those handling the letter. */
    public MailboxMessage attachmentOf(long id) {
        MailboxMessage m = letters.find(id);
        if (!letters.handling(m)) {
            throw ProblemException.forbidden("只有办理这封来信的人可以查看附件");
        }
        if (m.attachmentStored() == null) {
            throw ProblemException.notFound("来信附件", id);
        }
        return m;
    }

    private List<String> allowed(MailboxMessage m) {
        List<String> allowed = new ArrayList<>();
        switch (m.status()) {
            case SCREENING -> add(allowed, letters.dispatcher(), "screen");
            case RECEIVED -> add(allowed, letters.dispatcher(), "dispatch");
            case DISPATCHED -> {
                add(allowed, letters.dispatcher(), "redispatch");
                add(allowed, letters.handler(m), "draft", "submit-reply", "request-clarification");
            }
            case AWAITING_WRITER -> {
                add(allowed, letters.dispatcher(), "redispatch");
                add(allowed, letters.handler(m), "resume");
            }
            case REOPENED -> add(allowed, letters.siteOffice(), "decide-reopened");
            default -> {
            }
        }
        boolean open = m.status() == LetterStatus.DISPATCHED || m.status() == LetterStatus.IN_APPROVAL
                || m.status() == LetterStatus.AWAITING_WRITER;
        add(allowed, open && m.extensionDays() == null && (letters.handler(m) || letters.unitHead(m)), "request-extension");
        add(allowed, m.extensionDays() != null && letters.siteOffice(), "decide-extension");
        add(allowed, m.status().answered() && m.consentToPublish() && !m.published()
                && (letters.handler(m) || letters.dispatcher()), "publish");
        add(allowed, m.published() && (letters.dispatcher() || letters.siteOffice()), "unpublish");
        return allowed;
    }

    private static void add(List<String> allowed, boolean condition, String... actions) {
        if (condition) {
            allowed.addAll(List.of(actions));
        }
    }
}
