package cn.tianshan.org;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.OrgRepositories.DutyAssignmentRepository;
import cn.tianshan.org.OrgRepositories.DutyRepository;
import cn.tianshan.org.OrgRepositories.LeaderAssignmentRepository;
import cn.tianshan.org.OrgRepositories.UnitRepository;
import cn.tianshan.org.OrgViews.DutyAssignmentView;
import cn.tianshan.org.OrgViews.DutyHolderChange;
import cn.tianshan.org.OrgViews.DutyRef;
import cn.tianshan.org.OrgViews.DutyView;
import cn.tianshan.org.OrgViews.LeaderChange;
import cn.tianshan.org.OrgViews.LeaderView;
import cn.tianshan.org.OrgViews.UnitContactChange;
import cn.tianshan.org.OrgViews.UnitDetail;
import cn.tianshan.org.OrgViews.UnitRef;
import cn.tianshan.org.OrgViews.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Units and the site-wide duties they hold. Other features ask here who holds a duty. */
@ApplicationScoped
public class Organisation {

    private final UnitRepository units;
    private final DutyRepository duties;
    private final DutyAssignmentRepository assignments;
    private final LeaderAssignmentRepository leaders;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    Organisation(UnitRepository units, DutyRepository duties, DutyAssignmentRepository assignments,
                 LeaderAssignmentRepository leaders, AccessPolicy access, CurrentUser user, AuditTrail audit, Clock clock) {
        this.leaders = leaders;
        this.units = units;
        this.duties = duties;
        this.assignments = assignments;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public List<UnitView> units() {
        return units.allActive().stream().map(UnitView::of).toList();
    }

    public Optional<UnitView> findUnit(String code) {
        return units.findByIdOptional(code).map(UnitView::of);
    }

    public UnitView unit(String code) {
        return findUnit(code).orElseThrow(() -> ProblemException.notFound("unit", code));
    }

    public UnitDetail unitDetail(String code) {
        Unit unit = units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("unit", code));
        return new UnitDetail(UnitView.of(unit), dutiesOf(code), unit.updatedAt(), unit.updatedBy());
    }

    /** The unit's own head, or the site office, keeps the unit's public contact details. */
    @Transactional
    public UnitView changeContact(String code, @Valid UnitContactChange change) {
        Unit unit = units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("unit", code));
        access.requireInUnit(code, Role.UNIT_HEAD, Role.SITE_OFFICE);
        unit.changeContact(change.contactPhone().trim(), change.contactAddress().trim(), user.username(),
                Timestamps.now(clock));
        audit.target("unit", code);
        return UnitView.of(unit);
    }

    public List<DutyRef> dutiesOf(String unitCode) {
        Map<String, Duty> byCode = duties.all().stream().collect(Collectors.toMap(Duty::code, Function.identity()));
        return assignments.currentAll().stream().filter(a -> a.unitCode().equals(unitCode))
                .map(a -> byCode.get(a.dutyCode())).sorted(java.util.Comparator.comparingInt(Duty::sortOrder))
                .map(d -> new DutyRef(d.code(), d.name())).toList();
    }

    public Optional<String> holderOf(String dutyCode) {
        return assignments.current(dutyCode).map(DutyAssignment::unitCode);
    }

    public List<DutyView> duties() {
        Map<String, DutyAssignment> current = assignments.currentAll().stream()
                .collect(Collectors.toMap(DutyAssignment::dutyCode, Function.identity()));
        return duties.all().stream().map(duty -> {
            DutyAssignment holder = current.get(duty.code());
            return new DutyView(duty.code(), duty.name(), duty.description(),
                    holder == null ? null : unitRef(holder.unitCode()), holder == null ? null : holder.validFrom());
        }).toList();
    }

    /** Hands a duty to another unit: the current assignment closes and a new one opens at the same instant. */
    @Transactional
    public DutyView reassign(String dutyCode, @Valid DutyHolderChange change) {
        access.require(Role.SITE_OFFICE);
        Duty duty = duties.findByIdOptional(dutyCode).orElseThrow(() -> ProblemException.notFound("duty", dutyCode));
        Unit unit = units.findByIdOptional(change.unitCode())
                .filter(u -> u.active() && u.kind().responsible())
                .orElseThrow(() -> ProblemException.invalid("unitCode", "no active responsible unit " + change.unitCode()));
        LocalDateTime now = Timestamps.now(clock);
        Optional<DutyAssignment> current = assignments.current(dutyCode);
        if (current.isPresent() && current.get().unitCode().equals(unit.code())) {
            throw ProblemException.conflict(unit.name() + " already holds " + duty.name());
        }
        current.ifPresent(a -> a.close(now));
        assignments.flush();
        assignments.persist(DutyAssignment.open(dutyCode, unit.code(), now, user.username(), change.reason().trim()));
        audit.target("duty", dutyCode + "→" + unit.code());
        return new DutyView(duty.code(), duty.name(), duty.description(), new UnitRef(unit.code(), unit.name()), now);
    }

    public List<DutyAssignmentView> dutyHistory(String dutyCode) {
        duties.findByIdOptional(dutyCode).orElseThrow(() -> ProblemException.notFound("duty", dutyCode));
        return assignments.history(dutyCode).stream().map(a -> new DutyAssignmentView(unitRef(a.unitCode()),
                a.validFrom(), a.validTo(), a.assignedBy(), a.reason())).toList();
    }

    /** The kind of a unit, for rules such as "an affiliated unit publishing into a department's column". */
    public Optional<UnitKind> kindOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(Unit::kind);
    }

    public String nameOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(Unit::name).orElse(unitCode);
    }

    /** The leader in charge of the unit, if one is assigned. */
    public Optional<LeaderView> leaderOf(String unitCode) {
        return leaders.findByIdOptional(unitCode).map(this::leaderView);
    }

    public List<LeaderView> leaders() {
        return leaders.listAll().stream().map(this::leaderView)
                .sorted(java.util.Comparator.comparing(l -> l.unit().code())).toList();
    }

    @Transactional
    public LeaderView assignLeader(String unitCode, @Valid LeaderChange change) {
        access.require(Role.SITE_OFFICE);
        units.findByIdOptional(unitCode).filter(u -> u.kind().responsible())
                .orElseThrow(() -> ProblemException.notFound("responsible unit", unitCode));
        LocalDateTime now = Timestamps.now(clock);
        LeaderAssignment assignment = leaders.findByIdOptional(unitCode).orElse(null);
        if (assignment == null) {
            assignment = LeaderAssignment.of(unitCode, change.leaderUsername(), change.leaderName().trim(), user.username(), now);
            leaders.persist(assignment);
        } else {
            assignment.reassign(change.leaderUsername(), change.leaderName().trim(), user.username(), now);
        }
        audit.target("leader-assignment", unitCode + "→" + change.leaderUsername());
        return leaderView(assignment);
    }

    private LeaderView leaderView(LeaderAssignment a) {
        return new LeaderView(unitRef(a.unitCode()), a.leaderUsername(), a.leaderName(), a.assignedAt());
    }

    private UnitRef unitRef(String code) {
        return units.findByIdOptional(code).map(u -> new UnitRef(u.code(), u.name())).orElse(new UnitRef(code, code));
    }
}
