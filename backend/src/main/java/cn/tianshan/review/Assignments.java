package cn.tianshan.review;

import cn.tianshan.common.security.Role;
import cn.tianshan.org.Duty;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a step to who may take it, relative to the subject: its unit's head, the column owner's reviewers,
 * the leader in charge of the owner unit, and the units that hold the site-wide duties today (a duty handed to
 * another unit hands its steps over with it).
 */
@ApplicationScoped
public class Assignments {

    private final Organisation organisation;
    private final People people;

    Assignments(Organisation organisation, People people) {
        this.organisation = organisation;
        this.people = people;
    }

    /** Empty when the step does not apply to this subject. */
    public Optional<Assignee> resolve(StepResolver resolver, SubjectSnapshot subject) {
        return switch (resolver) {
            case AUTHOR_UNIT_HEAD -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD), subject.unitCode(), null));
            case RELATED_DEPARTMENT -> subject.ownerUnitCode() == null || subject.ownerUnitCode().equals(subject.unitCode())
                    ? Optional.empty()
                    : Optional.of(new Assignee(EnumSet.of(Role.DEPT_REVIEWER, Role.UNIT_HEAD), subject.ownerUnitCode(), null));
            case LEADER_IN_CHARGE -> Optional.of(new Assignee(EnumSet.of(Role.LEADER), null,
                    organisation.leaderOf(subject.ownerUnitCode()).map(PersonRef::username).orElse(null)));
            case SITE_OFFICE -> Optional.of(new Assignee(EnumSet.of(Role.SITE_OFFICE),
                    organisation.holderOf(Duty.SITE_AUTHORITY).orElse(null), null));
            case NEWS_CENTRE -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD, Role.DEPT_REVIEWER),
                    organisation.holderOf(Duty.NEWS_CENTRE).orElse(null), null));
            case TOPIC_OWNER -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD, Role.DEPT_REVIEWER),
                    subject.siteOwnerUnitCode(), null));
            case TECHNICAL_DEPARTMENT -> Optional.of(new Assignee(EnumSet.of(Role.TECH_OPS),
                    organisation.holderOf(Duty.TECHNICAL_DEPARTMENT).orElse(null), null));
        };
    }

    /** For people: "陈军（厅分管领导）", "公路事业发展中心 单位负责人". */
    public String describe(Assignee assignee) {
        if (assignee.username() != null) {
            return people.nameOf(assignee.username()) + "（" + assignee.roleLabels() + "）";
        }
        return assignee.unitCode() == null ? assignee.roleLabels()
                : organisation.nameOf(assignee.unitCode()) + " " + assignee.roleLabels();
    }

    /** Everyone who could take the step now, by name. */
    public List<PersonRef> candidates(Assignee assignee) {
        return people.matching(p -> assignee.admits(p.roles(), p.unitCode(), p.username())).stream()
                .map(p -> organisation.personRef(p.username(), p.name())).toList();
    }

    /** "王强、周敏（公路事业发展中心 单位负责人）": who the step waits for, named when the directory knows them. */
    public String waitingFor(Assignee assignee) {
        if (assignee.username() != null) {
            return describe(assignee);
        }
        List<String> names = candidates(assignee).stream().map(PersonRef::name).toList();
        return names.isEmpty() ? describe(assignee) + "（目前无人担任）"
                : String.join("、", names) + "（" + describe(assignee) + "）";
    }
}
