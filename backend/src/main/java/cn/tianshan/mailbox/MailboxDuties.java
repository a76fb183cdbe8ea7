package cn.tianshan.mailbox;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.inbox.Duty;
import cn.tianshan.inbox.DutySource;
import cn.tianshan.mailbox.MailboxRepositories.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Letters waiting for the signed-in user: screening and dispatch (technical department), drafting and
 * clarification (the unit's mailbox handler), extension requests and reopened letters (site office). The unit
 * head's approval of a reply comes through the review engine's own duties.
 */
@ApplicationScoped
class MailboxDuties implements DutySource {

    private final MessageRepository messages;
    private final Letters letters;
    private final CurrentUser user;

    MailboxDuties(MessageRepository messages, Letters letters, CurrentUser user) {
        this.messages = messages;
        this.letters = letters;
        this.user = user;
    }

    @Override
    public List<Duty> dutiesOfCurrentUser() {
        List<LetterStatus> statuses = new ArrayList<>();
        if (user.has(Role.TECH_OPS)) {
            statuses.addAll(List.of(LetterStatus.SCREENING, LetterStatus.RECEIVED));
        }
        if (user.has(Role.MAILBOX_HANDLER)) {
            statuses.add(LetterStatus.DISPATCHED);
        }
        if (user.has(Role.SITE_OFFICE)) {
            statuses.add(LetterStatus.REOPENED);
        }
        List<MailboxMessage> found = new ArrayList<>(statuses.isEmpty() ? List.of() : messages.inStatus(statuses));
        if (user.has(Role.SITE_OFFICE)) {
            messages.awaitingExtensionDecision().stream().filter(m -> !found.contains(m)).forEach(found::add);
        }
        Map<Long, ClockView> clocks = letters.replyClocks(found.stream().map(MailboxMessage::id).toList());
        List<Duty> duties = new ArrayList<>();
        for (MailboxMessage m : found) {
            String step = step(m);
            if (step != null) {
                ClockView c = clocks.get(m.id());
                duties.add(new Duty("mailbox", "领导信箱", Letters.SUBJECT, m.id(), m.subject(), letters.unitName(m.unitCode()), step,
                        m.receivedAt().toLocalDate(), c == null ? null : c.dueOn(), m.receivedAt(), null,
                        MailboxHandling.consolePath(m.id()), null, null, null, List.of()));
            }
        }
        return duties;
    }

    private String step(MailboxMessage m) {
        return switch (m.status()) {
            case SCREENING -> user.has(Role.TECH_OPS) ? "人工甄别" : null;
            case RECEIVED -> user.has(Role.TECH_OPS) ? "转办" : null;
            case DISPATCHED -> letters.handler(m) ? "起草答复" : m.extensionDays() != null && user.has(Role.SITE_OFFICE) ? "审批延期" : null;
            case IN_APPROVAL, AWAITING_WRITER -> m.extensionDays() != null && user.has(Role.SITE_OFFICE) ? "审批延期" : null;
            case REOPENED -> user.has(Role.SITE_OFFICE) ? "复核不满意来信" : null;
            default -> null;
        };
    }
}
