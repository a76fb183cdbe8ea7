package cn.tianshan.review;

import cn.tianshan.common.security.Role;
import cn.tianshan.org.Duty;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;

/** Resolves a step to its assignee relative to the subject: its unit's head, the related department, the leader in charge. */
@ApplicationScoped
public class Assignments {

    private final Organisation organisation;

    Assignments(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Empty when the step does not apply to this subject. */
    public Optional<Assignee> resolve(StepResolver resolver, SubjectSnapshot subject) {
        return switch (resolver) {
            case AUTHOR_UNIT_HEAD -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD), subject.unitCode(), null));
            case RELATED_DEPARTMENT -> relatedDepartment(subject);
            case LEADER_IN_CHARGE -> Optional.of(new Assignee(EnumSet.of(Role.LEADER), null,
                    organisation.leaderOf(subject.ownerUnitCode()).map(l -> l.leaderUsername()).orElse(null)));
            case SITE_OFFICE -> Optional.of(new Assignee(EnumSet.of(Role.SITE_OFFICE), null, null));
            case NEWS_CENTRE -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD, Role.DEPT_REVIEWER),
                    organisation.holderOf(Duty.NEWS_CENTRE).orElse(null), null));
            case TOPIC_OWNER -> Optional.of(new Assignee(EnumSet.of(Role.UNIT_HEAD, Role.DEPT_REVIEWER),
                    subject.siteOwnerUnitCode(), null));
            case TECHNICAL_DEPARTMENT -> Optional.of(new Assignee(EnumSet.of(Role.TECH_OPS), null, null));
        };
    }

    /** Only when an affiliated unit (厅属单位) publishes into a column another unit of the Department owns. */
    private Optional<Assignee> relatedDepartment(SubjectSnapshot subject) {
        String author = subject.unitCode();
        String owner = subject.ownerUnitCode();
        boolean affiliatedAuthor = organisation.kindOf(author).filter(k -> k == UnitKind.AFFILIATED).isPresent();
        boolean departmentOwner = organisation.kindOf(owner)
                .filter(k -> k == UnitKind.DEPARTMENT || k == UnitKind.INSTITUTION).isPresent();
        if (affiliatedAuthor && departmentOwner && !author.equals(owner)) {
            return Optional.of(new Assignee(EnumSet.of(Role.DEPT_REVIEWER), owner, null));
        }
        return Optional.empty();
    }

    public String describe(Assignee assignee) {
        return assignee.describe(organisation::nameOf);
    }
}
