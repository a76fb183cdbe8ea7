package cn.tianshan.org;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.OrgRepositories.DutyAssignmentRepository;
import cn.tianshan.org.OrgRepositories.DutyRepository;
import cn.tianshan.org.OrgRepositories.LeaderTermRepository;
import cn.tianshan.org.OrgRepositories.UnitRepository;
import cn.tianshan.org.OrgViews.DutyAssignmentView;
import cn.tianshan.org.OrgViews.DutyHolderChange;
import cn.tianshan.org.OrgViews.DutyRef;
import cn.tianshan.org.OrgViews.DutyView;
import cn.tianshan.org.OrgViews.LeaderChange;
import cn.tianshan.org.OrgViews.LeaderTermView;
import cn.tianshan.org.OrgViews.LeaderView;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.OrgViews.PersonView;
import cn.tianshan.org.OrgViews.UnitContactChange;
import cn.tianshan.org.OrgViews.UnitDetail;
import cn.tianshan.org.OrgViews.UnitRef;
import cn.tianshan.org.OrgViews.UnitView;
import cn.tianshan.publicweb.PublicChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
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
    private final LeaderTermRepository leaders;
    private final People people;
    private final PublicChangeLog publicChanges;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    Organisation(UnitRepository units, DutyRepository duties, DutyAssignmentRepository assignments,
                 LeaderTermRepository leaders, People people, PublicChangeLog publicChanges,
                 AccessPolicy access, CurrentUser user, AuditTrail audit, Clock clock) {
        this.publicChanges = publicChanges;
        this.leaders = leaders;
        this.people = people;
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

    /** Every unit's name by its code, retired units included. */
    public Map<String, String> unitNames() {
        return units.listAll().stream().collect(Collectors.toUnmodifiableMap(Unit::code, Unit::name));
    }

    public Optional<UnitView> findUnit(String code) {
        return units.findByIdOptional(code).map(UnitView::of);
    }

    public UnitView unit(String code) {
        return findUnit(code).orElseThrow(() -> ProblemException.notFound("单位", code));
    }

    public UnitDetail unitDetail(String code) {
        Unit unit = units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("单位", code));
        return new UnitDetail(UnitView.of(unit), dutiesOf(code), unit.updatedAt(), unit.updatedBy());
    }

    /** The unit's own head, or the site office, keeps the unit's public contact details. */
    @Transactional
    public UnitView changeContact(String code, @Valid UnitContactChange change) {
        Unit unit = units.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("单位", code));
        access.requireInUnit(code, Role.UNIT_HEAD, Role.SITE_OFFICE);
        unit.changeContact(change.contactPhone().trim(), change.contactAddress().trim(), user.username(),
                Timestamps.now(clock));
        audit.target("unit", code);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return UnitView.of(unit);
    }

    public List<DutyRef> dutiesOf(String unitCode) {
        Map<String, Duty> byCode = duties.all().stream().collect(Collectors.toMap(Duty::code, Function.identity()));
        return assignments.currentAll().stream().filter(a -> a.unitCode().equals(unitCode))
                .map(a -> byCode.get(a.dutyCode())).sorted(Comparator.comparingInt(Duty::sortOrder))
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
        Duty duty = duties.findByIdOptional(dutyCode).orElseThrow(() -> ProblemException.notFound("职责", dutyCode));
        Unit unit = units.findByIdOptional(change.unitCode())
                .filter(u -> u.active() && u.kind().responsible())
                .orElseThrow(() -> ProblemException.invalid("unitCode", "没有在用的责任单位“" + change.unitCode() + "”"));
        LocalDateTime now = Timestamps.now(clock);
        Optional<DutyAssignment> current = assignments.current(dutyCode);
        if (current.isPresent() && current.get().unitCode().equals(unit.code())) {
            throw ProblemException.conflict(unit.name() + "已经承担“" + duty.name() + "”职责");
        }
        current.ifPresent(a -> a.close(now));
        assignments.flush();
        assignments.persist(DutyAssignment.open(dutyCode, unit.code(), now, user.username(), change.reason().trim()));
        audit.target("duty", dutyCode + "→" + unit.code());
        return new DutyView(duty.code(), duty.name(), duty.description(), new UnitRef(unit.code(), unit.name()), now);
    }

    public List<DutyAssignmentView> dutyHistory(String dutyCode) {
        duties.findByIdOptional(dutyCode).orElseThrow(() -> ProblemException.notFound("职责", dutyCode));
        return assignments.history(dutyCode).stream().map(a -> new DutyAssignmentView(unitRef(a.unitCode()),
                a.validFrom(), a.validTo(), a.assignedBy(), a.assignedBy() == null ? null : people.nameOf(a.assignedBy()),
                a.reason())).toList();
    }

    /** The kind of a unit, for rules such as "an affiliated unit publishing into a department's column". */
    public Optional<UnitKind> kindOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(Unit::kind);
    }

    public String nameOf(String unitCode) {
        return units.findByIdOptional(unitCode).map(Unit::name).orElse(unitCode);
    }

    /** The leader in charge of the unit today, if one is assigned. */
    public Optional<PersonRef> leaderOf(String unitCode) {
        return leaderOn(unitCode, Timestamps.now(clock).toLocalDate());
    }

    public Optional<PersonRef> leaderOn(String unitCode, LocalDate day) {
        return leaders.on(unitCode, day).map(t -> personRef(t.leaderUsername(), t.leaderName()));
    }

    public List<LeaderView> leaders() {
        LocalDate today = Timestamps.now(clock).toLocalDate();
        return units.allActive().stream().filter(u -> u.kind().responsible()).map(u -> {
            Optional<LeaderTerm> current = leaders.on(u.code(), today);
            LeaderTermView next = leaders.after(u.code(), today).stream().findFirst().map(t -> termView(t, null)).orElse(null);
            return new LeaderView(new UnitRef(u.code(), u.name()),
                    current.map(t -> personRef(t.leaderUsername(), t.leaderName())).orElse(null),
                    current.map(LeaderTerm::validFrom).orElse(null), current.map(LeaderTerm::reason).orElse(null), next);
        }).toList();
    }

    /** Every term of the unit, oldest first, each ending the day before the next one starts. */
    public List<LeaderTermView> leaderHistory(String unitCode) {
        responsibleUnit(unitCode);
        List<LeaderTerm> terms = leaders.history(unitCode);
        List<LeaderTermView> views = new java.util.ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            LocalDate nextStart = i + 1 < terms.size() ? terms.get(i + 1).validFrom() : null;
            LocalDate end = nextStart == null ? null : nextStart.minusDays(1);
            if (end != null && end.isBefore(terms.get(i).validFrom())) {
                end = terms.get(i).validFrom().minusDays(1);
            }
            views.add(termView(terms.get(i), end));
        }
        return views;
    }

    /**
     * Puts a leader in charge of a unit from a day on (today or later). The leader must be a real person who holds
     * the leader role; earlier terms stay in the history.
     */
    @Transactional
    public LeaderView assignLeader(String unitCode, @Valid LeaderChange change) {
        access.require(Role.SITE_OFFICE);
        responsibleUnit(unitCode);
        LocalDate today = Timestamps.now(clock).toLocalDate();
        LocalDate from = change.validFrom() == null ? today : change.validFrom();
        if (from.isBefore(today)) {
            throw ProblemException.invalid("validFrom", "分管领导的变更只能从今天或以后生效，不能倒签");
        }
        Person leader = people.requireDirectory(change.leaderUsername())
                .filter(Person::enabled)
                .orElseThrow(() -> ProblemException.invalid("leaderUsername", "统一身份认证中没有用户“" + change.leaderUsername() + "”"));
        if (!leader.holds(Role.LEADER)) {
            throw ProblemException.invalid("leaderUsername", leader.name() + "不是厅领导（没有“厅分管领导”角色），不能分管单位");
        }
        leaders.persist(LeaderTerm.of(unitCode, leader, from, change.reason().trim(), user.username(), user.displayName(),
                Timestamps.now(clock)));
        leaders.flush();
        audit.target("leader-term", unitCode + "→" + leader.username() + "@" + from);
        return leaders().stream().filter(l -> l.unit().code().equals(unitCode)).findFirst().orElseThrow();
    }

    /** The people holding {@code role} (all staff when null), by unit and name, for pickers. */
    public List<PersonView> people(Role role) {
        return people.matching(p -> role == null ? p.roles().stream().anyMatch(Role::staff) : p.holds(role)).stream()
                .map(p -> new PersonView(p.username(), p.name(), p.unitCode(), p.unitCode() == null ? null : nameOf(p.unitCode()),
                        p.roles().stream().sorted().map(Role::wireName).toList(),
                        p.roles().stream().sorted().map(Role::label).toList()))
                .toList();
    }

    public PersonRef personRef(String username, String fallbackName) {
        Optional<Person> person = people.find(username);
        String unit = person.map(Person::unitCode).orElse(null);
        return new PersonRef(username, person.map(Person::name).orElse(fallbackName == null ? username : fallbackName), unit,
                unit == null ? null : nameOf(unit));
    }

    private Unit responsibleUnit(String unitCode) {
        return units.findByIdOptional(unitCode).filter(u -> u.kind().responsible())
                .orElseThrow(() -> ProblemException.notFound("责任单位", unitCode));
    }

    private LeaderTermView termView(LeaderTerm t, LocalDate validTo) {
        return new LeaderTermView(t.id(), personRef(t.leaderUsername(), t.leaderName()), t.validFrom(), validTo, t.reason(),
                t.assignedByName(), t.assignedAt());
    }

    private UnitRef unitRef(String code) {
        return units.findByIdOptional(code).map(u -> new UnitRef(u.code(), u.name())).orElse(new UnitRef(code, code));
    }
}
