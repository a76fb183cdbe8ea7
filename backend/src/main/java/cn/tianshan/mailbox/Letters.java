package cn.tianshan.mailbox;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.mailbox.MailboxRepositories.EventRepository;
import cn.tianshan.mailbox.MailboxRepositories.MessageRepository;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * What every part of the mailbox shares: finding and locking a letter, recording a step, its reply clock, and who
 * may do what with it (the technical department dispatches; the unit's mailbox handler drafts; its head approves;
 * the site office decides extensions and reopened letters).
 */
@ApplicationScoped
class Letters {

    static final String SUBJECT = "mailbox-message";
    static final String REPLY_REVIEW = "mailbox-reply";
    static final String CLOCK = "reply";
    static final int REPLY_DAYS = 5;
    static final int MAX_DAYS_WITH_EXTENSION = 10;
    static final String TECHNICAL_DEPARTMENT = "TECHNICAL_DEPARTMENT";

    private final MessageRepository messages;
    private final EventRepository events;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final ReviewEngine engine;
    private final CurrentUser user;
    private final Clock clock;

    Letters(MessageRepository messages, EventRepository events, Deadlines deadlines, Organisation organisation,
            ReviewEngine engine, CurrentUser user, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.engine = engine;
        this.user = user;
        this.clock = clock;
    }

    MailboxMessage find(long id) {
        return messages.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("来信", id));
    }

    MailboxMessage lock(long id) {
        return messages.lock(id).orElseThrow(() -> ProblemException.notFound("来信", id));
    }

    void record(long id, String event, String note, boolean shownToWriter) {
        events.persist(MailboxEvent.of(id, event, note, user.authenticated() ? user.displayName() : "系统", shownToWriter,
                Timestamps.now(clock)));
    }

    Optional<ClockView> replyClock(long id) {
        return deadlines.of(SUBJECT, id, Timestamps.now(clock).toLocalDate()).stream().filter(c -> c.purpose().equals(CLOCK)).findFirst();
    }

    java.util.Map<Long, ClockView> replyClocks(java.util.Collection<Long> ids) {
        return deadlines.of(SUBJECT, ids, CLOCK, Timestamps.now(clock).toLocalDate());
    }

    Optional<String> technicalDepartment() {
        return organisation.holderOf(TECHNICAL_DEPARTMENT);
    }

    boolean dispatcher() {
        return user.has(Role.TECH_OPS);
    }

    boolean siteOffice() {
        return user.has(Role.SITE_OFFICE);
    }

    boolean handler(MailboxMessage m) {
        return m.unitCode() != null && user.has(Role.MAILBOX_HANDLER) && user.unitCode().filter(m.unitCode()::equals).isPresent();
    }

    boolean unitHead(MailboxMessage m) {
        return m.unitCode() != null && user.has(Role.UNIT_HEAD) && user.unitCode().filter(m.unitCode()::equals).isPresent();
    }

    /** Those handling the letter: only they see the writer's personal data. */
    boolean handling(MailboxMessage m) {
        return dispatcher() || siteOffice() || handler(m) || unitHead(m);
    }

    boolean mayRead(MailboxMessage m) {
        return handling(m) || user.has(Role.LEADER) || engine.involves(REPLY_REVIEW, m.id());
    }

    void require(boolean allowed, String reason) {
        if (!allowed) {
            throw ProblemException.forbidden(reason);
        }
    }

    void requireStatus(MailboxMessage m, String action, LetterStatus... allowed) {
        for (LetterStatus s : allowed) {
            if (m.status() == s) {
                return;
            }
        }
        throw ProblemException.conflict("来信现在“" + m.status().label() + "”，不能" + action);
    }

    String unitName(String code) {
        return code == null ? null : organisation.nameOf(code);
    }
}
