package cn.tianshan.mailbox;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.intake.IntakeGuard;
import cn.tianshan.intake.IntakeUploads;
import cn.tianshan.intake.Screening;
import cn.tianshan.intake.TrackingLookups;
import cn.tianshan.intake.TrackingSecrets;
import cn.tianshan.mailbox.MailboxRepositories.EventRepository;
import cn.tianshan.mailbox.MailboxRepositories.MessageRepository;
import cn.tianshan.mailbox.MailboxViews.ClarificationCommand;
import cn.tianshan.mailbox.MailboxViews.LetterReceipt;
import cn.tianshan.mailbox.MailboxViews.LetterStatusView;
import cn.tianshan.mailbox.MailboxViews.LetterSubmission;
import cn.tianshan.mailbox.MailboxViews.PublicLetter;
import cn.tianshan.mailbox.MailboxViews.PublicLetterPage;
import cn.tianshan.mailbox.MailboxViews.RatingCommand;
import cn.tianshan.mailbox.MailboxViews.TrackingQuery;
import cn.tianshan.mailbox.MailboxViews.WriterStep;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public's side of the mailbox: writing a letter (guarded by the intake guard), following it with tracking code
 * and password, answering a request for clarification, rating the reply, and reading published letters.
 */
@ApplicationScoped
public class MailboxIntake {

    static final String CHANNEL = "mailbox";

    private final MessageRepository messages;
    private final EventRepository events;
    private final Letters letters;
    private final IntakeGuard guard;
    private final IntakeUploads uploads;
    private final Screening screening;
    private final TrackingSecrets secrets;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final People people;
    private final Clock clock;
    private final TrackingLookups lookups;

    MailboxIntake(MessageRepository messages, EventRepository events, Letters letters, IntakeGuard guard, IntakeUploads uploads,
                  Screening screening, TrackingSecrets secrets, TrackingLookups lookups, Deadlines deadlines,
                  Notifications notifications, People people, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.letters = letters;
        this.guard = guard;
        this.uploads = uploads;
        this.screening = screening;
        this.secrets = secrets;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
        this.lookups = lookups;
    }

    public LetterReceipt submit(@Valid LetterSubmission s, String address) {
        guard.admit(CHANNEL, address);
        guard.check(s.challenge());
        String passwordHash = secrets.hash(s.password());
        return store(s, passwordHash, address, Timestamps.now(clock));
    }

    /**
     * A letter that arrived by post or by telephone, entered with the time it arrived (its clock runs from then): the
     * demo department's history is entered this way too. No challenge: whoever enters it is not anonymous.
     */
    public LetterReceipt registerReceived(LetterSubmission s, LocalDateTime receivedAt) {
        return store(s, secrets.hash(s.password()), null, receivedAt);
    }

    @Transactional
    LetterReceipt store(LetterSubmission s, String passwordHash, String address, LocalDateTime now) {
        if (s.challenge() != null) {
            guard.spend(s.challenge());
        }
        String code;
        do {
            code = secrets.newCode("XX");
        } while (messages.byCode(code).isPresent());
        String email = s.email() == null || s.email().isBlank() ? null : s.email().trim();
        long fingerprint = Screening.fingerprint(s.subject() + s.content());
        MailboxMessage m = MailboxMessage.received(new MailboxMessage.Letter(s.kind(), s.subject().trim(), s.content().trim(),
                s.name().trim(), s.phone().trim(), email, s.consentToPublish()), code, passwordHash, fingerprint, address, now);
        if (s.attachmentToken() != null && !s.attachmentToken().isBlank()) {
            IntakeUploads.StoredUpload upload = uploads.claim(s.attachmentToken().trim(), "mailbox:" + code)
                    .orElseThrow(() -> ProblemException.invalid("attachmentToken", "附件已失效或已被使用，请重新上传"));
            m.attach(upload.originalName(), upload.storedName(), upload.mediaType(), upload.size());
        }
        List<String> reasons = new ArrayList<>();
        List<String> words = screening.sensitiveWords(s.subject(), s.content());
        if (!words.isEmpty()) {
            reasons.add("含敏感词：" + String.join("、", words));
        }
        Optional<MailboxMessage> duplicate = messages.sharingBand(fingerprint, now.minusDays(30)).stream()
                .filter(other -> screening.nearDuplicates(fingerprint, other.fingerprint())).findFirst();
        duplicate.ifPresent(d -> reasons.add("与来信 " + d.trackingCode() + "（" + d.receivedAt().toLocalDate() + "）内容高度相似"));
        if (!reasons.isEmpty()) {
            m.screen(String.join("；", reasons), duplicate.map(MailboxMessage::id).orElse(null));
        }
        messages.persist(m);
        messages.flush();
        ClockView reply = deadlines.start(Letters.SUBJECT, m.id(), Letters.CLOCK, "答复时限",
                letters.technicalDepartment().orElse(null), now.toLocalDate(), Letters.REPLY_DAYS);
        letters.record(m.id(), "received", "收到来信，查询码 " + code + (reasons.isEmpty() ? "" : "；转人工甄别：" + String.join("；", reasons)), true);
        List<String> dispatchers = people.holding(Role.TECH_OPS, null);
        notifications.send(dispatchers, "mailbox.received", (reasons.isEmpty() ? "新来信待转办：" : "新来信待甄别：") + m.subject(),
                m.kind().label() + "，收信 " + now.toLocalDate() + "，答复时限 " + reply.dueOn() + "。", "/admin/mailbox-messages/" + m.id());
        return new LetterReceipt(code, now, reply.dueOn(), "来信已收到。请记下查询码 " + code + " 并牢记您设置的查询密码，凭二者查询办理进度和答复。");
    }

    public LetterStatusView lookup(@Valid TrackingQuery q, String address) {
        return statusOf(verified(q.trackingCode(), q.password(), address).id());
    }

    @Transactional
    public LetterStatusView rate(@Valid RatingCommand c, String address) {
        MailboxMessage m = letters.lock(verified(c.trackingCode(), c.password(), address).id());
        if (m.status() != LetterStatus.ANSWERED || m.rating() != null) {
            throw ProblemException.conflict(m.rating() != null ? "您已评价过这封来信" : "来信答复后才能评价");
        }
        String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().trim();
        m.rated(c.rating(), comment, Timestamps.now(clock));
        letters.record(m.id(), "rated", "来信人评价：" + c.rating().label() + (comment == null ? "" : "。" + comment), true);
        if (c.rating() == Rating.UNSATISFIED) {
            notifications.send(people.holding(Role.SITE_OFFICE, null),
                    "mailbox.unsatisfied", "来信人对答复不满意：" + m.subject(), "请复核，决定维持答复或重新办理。",
                    "/admin/mailbox-messages/" + m.id());
        }
        return statusOf(m.id());
    }

    @Transactional
    public LetterStatusView clarify(@Valid ClarificationCommand c, String address) {
        MailboxMessage m = letters.lock(verified(c.trackingCode(), c.password(), address).id());
        if (m.status() != LetterStatus.AWAITING_WRITER) {
            throw ProblemException.conflict("这封来信没有等待您补充的内容");
        }
        m.clarified();
        deadlines.resume(Letters.SUBJECT, m.id(), Letters.CLOCK, Timestamps.now(clock).toLocalDate());
        letters.record(m.id(), "clarified", "来信人补充说明：" + c.text().trim(), true);
        notifications.send(people.holding(Role.MAILBOX_HANDLER, m.unitCode()), "mailbox.clarified", "来信人已补充说明：" + m.subject(),
                "答复时限恢复计时。", "/admin/mailbox-messages/" + m.id());
        return statusOf(m.id());
    }

    public PublicLetterPage published(int page, int size) {
        List<PublicLetter> list = messages.published(page, size).stream().map(m -> new PublicLetter(m.id(), m.kind().label(),
                m.publicSubject(), m.publicContent(), m.publicReply(), m.receivedAt().toLocalDate(), m.repliedAt().toLocalDate(),
                letters.unitName(m.unitCode()))).toList();
        return new PublicLetterPage(list, messages.countPublished(), page, size);
    }

    private MailboxMessage verified(String code, String password, String address) {
        return lookups.open(code, password, address, messages::byCode, MailboxMessage::passwordHash);
    }

    private LetterStatusView statusOf(long id) {
        MailboxMessage m = letters.find(id);
        List<WriterStep> steps = events.of(id).stream().filter(MailboxEvent::shownToWriter)
                .map(e -> new WriterStep(e.occurredAt(), e.note())).toList();
        return new LetterStatusView(m.trackingCode(), m.kind(), m.kind().label(), m.subject(), m.content(), m.status(),
                m.status().label(), m.receivedAt(), letters.unitName(m.unitCode()),
                letters.replyClock(id).map(ClockView::dueOn).orElse(null),
                m.status() == LetterStatus.AWAITING_WRITER ? m.clarificationRequest() : null,
                m.status().answered() || m.status() == LetterStatus.REOPENED ? m.reply() : null, m.repliedAt(), m.rating(),
                m.rating() == null ? null : m.rating().label(), m.status() == LetterStatus.ANSWERED && m.rating() == null,
                m.status() == LetterStatus.AWAITING_WRITER, steps);
    }
}
