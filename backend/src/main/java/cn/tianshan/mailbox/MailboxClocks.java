package cn.tianshan.mailbox;

import cn.tianshan.common.security.Role;
import cn.tianshan.deadline.DeadlineSubject;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Letters on the deadline engine: who is reminded first is whoever must act now. */
@ApplicationScoped
class MailboxClocks implements DeadlineSubject {

    private final Letters letters;
    private final People people;

    MailboxClocks(Letters letters, People people) {
        this.letters = letters;
        this.people = people;
    }

    @Override
    public String type() {
        return Letters.SUBJECT;
    }

    @Override
    public String label() {
        return "群众来信";
    }

    @Override
    public CaseFacts facts(long id) {
        MailboxMessage m = letters.find(id);
        List<String> handlers = switch (m.status()) {
            case SCREENING, RECEIVED -> holders(Role.TECH_OPS, null);
            case IN_APPROVAL -> holders(Role.UNIT_HEAD, m.unitCode());
            default -> m.unitCode() == null ? holders(Role.TECH_OPS, null) : holders(Role.MAILBOX_HANDLER, m.unitCode());
        };
        return new CaseFacts(m.subject(), m.trackingCode(), MailboxHandling.consolePath(id), handlers);
    }

    private List<String> holders(Role role, String unit) {
        return people.holding(role, unit);
    }
}
