package cn.tianshan.disclosure;

import cn.tianshan.common.security.Role;
import cn.tianshan.deadline.DeadlineSubject;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;

/** Disclosure requests on the deadline engine: the site office handles them and is reminded first. */
@ApplicationScoped
class DisclosureClocks implements DeadlineSubject {

    private final DisclosureCases cases;
    private final People people;

    DisclosureClocks(DisclosureCases cases, People people) {
        this.cases = cases;
        this.people = people;
    }

    @Override
    public String type() {
        return DisclosureCases.SUBJECT;
    }

    @Override
    public String label() {
        return "依申请公开";
    }

    @Override
    public CaseFacts facts(long id) {
        DisclosureRequest r = cases.find(id);
        String title = r.applicantName() + "：" + (r.description().length() > 40 ? r.description().substring(0, 39) + "…" : r.description());
        return new CaseFacts(title, r.trackingCode(), DisclosureCases.consolePath(id),
                people.holding(Role.SITE_OFFICE, null));
    }
}
