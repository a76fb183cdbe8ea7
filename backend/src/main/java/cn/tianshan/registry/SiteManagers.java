package cn.tianshan.registry;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import cn.tianshan.registry.RegistryRepositories.FilingRepository;
import cn.tianshan.registry.RegistryRepositories.ManagerRepository;
import cn.tianshan.registry.RegistryViews.EntryCommand;
import cn.tianshan.registry.RegistryViews.EntryView;
import cn.tianshan.registry.RegistryViews.FilingCommand;
import cn.tianshan.registry.RegistryViews.FilingDetail;
import cn.tianshan.registry.RegistryViews.FilingView;
import cn.tianshan.registry.RegistryViews.Gaps;
import cn.tianshan.registry.RegistryViews.ManagerView;
import cn.tianshan.registry.RegistryViews.PlaceView;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The site-manager registry (Art. 5, Annex 1). A unit files who manages each place it answers for; its head signs
 * (review engine, chain {@code site-manager-filing}); on signature each named manager takes over from the
 * filing's day and the predecessor's row ends the day before. The technical department keeps the registry and
 * sees its gaps.
 */
@ApplicationScoped
public class SiteManagers implements ReviewSubject {

    public static final String SUBJECT = "site-manager-filing";
    static final String MAILBOX_KEY = "mailbox";

    private final FilingRepository filings;
    private final ManagerRepository managers;
    private final Sites sites;
    private final Organisation organisation;
    private final People people;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final WorkingDays workingDays;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    SiteManagers(FilingRepository filings, ManagerRepository managers, Sites sites, Organisation organisation, People people,
                 ReviewEngine engine, ReviewChains chains, WorkingDays workingDays, AccessPolicy access, CurrentUser user,
                 AuditTrail audit, Notifications notifications, Clock clock) {
        this.filings = filings;
        this.managers = managers;
        this.sites = sites;
        this.organisation = organisation;
        this.people = people;
        this.engine = engine;
        this.chains = chains;
        this.workingDays = workingDays;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- reading the registry ---

    /** Every place a unit (or every unit) answers for, with its manager on {@code day}. */
    public List<PlaceView> places(String unitCode, LocalDate day) {
        String unit = readableUnit(unitCode);
        LocalDate on = day == null ? today() : day;
        Map<String, SiteManager> effective = managers.effectiveOn(on).stream()
                .collect(Collectors.toMap(m -> m.unitCode() + "|" + m.subjectKey(), Function.identity(), (a, b) -> b));
        List<PlaceView> views = new ArrayList<>();
        for (Place place : currentPlaces()) {
            if (unit != null && !unit.equals(place.unitCode())) {
                continue;
            }
            SiteManager m = effective.remove(place.unitCode() + "|" + place.key());
            views.add(placeView(place.unitCode(), place.category(), place.key(), place.name(), m));
        }
        // places that have gone since (a retired column) still answer "who was responsible then"
        effective.values().stream().filter(m -> unit == null || unit.equals(m.unitCode()))
                .forEach(m -> views.add(placeView(m.unitCode(), m.category(), m.subjectKey(), m.subjectName(), m)));
        return views;
    }

    public Gaps gaps(LocalDate day) {
        access.require(Role.TECH_OPS, Role.SITE_OFFICE);
        LocalDate on = day == null ? today() : day;
        List<PlaceView> all = places(null, on);
        return new Gaps(on, all.stream().filter(p -> p.manager() == null).toList(),
                all.stream().filter(p -> p.manager() != null && p.manager().accountDisabled()).toList());
    }

    // --- filings ---

    @Transactional
    public FilingDetail file(@Valid FilingCommand command) {
        if (Boolean.TRUE.equals(command.signedOnPaper())) {
            return recordPaper(command);
        }
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("管理人员备案须以单位名义填报，您的账号未归属单位"));
        if (!blank(command.unitCode()) && !unit.equals(command.unitCode())) {
            throw ProblemException.forbidden("只能填报本单位的管理人员备案；其他单位的纸质备案表由技术部门录入");
        }
        access.requireInUnit(unit, Role.EDITOR, Role.UNIT_HEAD);
        ManagerFiling filing = ManagerFiling.submitted(unit, command.effectiveFrom(), entries(command, unit), user.username(),
                user.displayName(), Timestamps.now(clock));
        filings.persist(filing);
        filings.flush();
        audit.target(SUBJECT, filing.id());
        engine.submit(SUBJECT, filing.id());
        return detail(filing.id());
    }

    /**
     * Art. 5 (11): the technical department keeps the registry, and enters the paper Annex 1 of a unit that files on
     * paper (signed and sealed by its head); it is in force at once, and the entry is audited as such.
     */
    private FilingDetail recordPaper(FilingCommand command) {
        access.require(Role.TECH_OPS);
        if (blank(command.unitCode()) || organisation.kindOf(command.unitCode()).filter(k -> k.responsible()).isEmpty()) {
            throw ProblemException.invalid("unitCode", "请选择纸质备案表所属的责任单位");
        }
        String unit = command.unitCode().trim();
        ManagerFiling filing = ManagerFiling.fromSignedPaper(unit, command.effectiveFrom(), entries(command, unit), user.username(),
                user.displayName(), Timestamps.now(clock));
        filings.persist(filing);
        filings.flush();
        audit.target(SUBJECT, filing.id());
        takeEffect(filing);
        return detail(filing.id());
    }

    @Transactional
    public FilingDetail revise(long id, @Valid FilingCommand command) {
        lock(id);
        ManagerFiling filing = find(id);
        requireFiler(filing);
        filing.revise(command.effectiveFrom(), entries(command, filing.unitCode()), Timestamps.now(clock));
        filings.flush();
        audit.target(SUBJECT, id);
        engine.submit(SUBJECT, id);
        return detail(id);
    }

    @Transactional
    public FilingDetail cancel(long id) {
        lock(id);
        requireFiler(find(id));
        audit.target(SUBJECT, id);
        engine.cancel(SUBJECT, id);
        return detail(id);
    }

    public List<FilingView> filings() {
        boolean all = user.has(Role.TECH_OPS) || user.has(Role.SITE_OFFICE);
        return (all ? filings.recent() : user.unitCode().map(filings::ofUnit).orElse(List.of())).stream().map(this::view).toList();
    }

    public FilingDetail detail(long id) {
        ManagerFiling filing = find(id);
        readableUnit(filing.unitCode());
        List<String> allowed = new ArrayList<>();
        if (mayFile(filing.unitCode())) {
            if (filing.status() == ManagerFiling.Status.PENDING) {
                allowed.add("cancel");
            } else if (filing.status() != ManagerFiling.Status.SIGNED) {
                allowed.add("revise");
            }
        }
        return new FilingDetail(view(filing), engine.activeRun(SUBJECT, id).orElse(null), engine.actionsFor(SUBJECT, id), allowed);
    }

    public List<RunView> history(long id) {
        readableUnit(find(id).unitCode());
        return engine.history(SUBJECT, id);
    }

    // --- ReviewSubject ---

    @Override
    public String type() {
        return SUBJECT;
    }

    @Override
    public String label() {
        return "管理人员备案";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/site-managers/filings/" + id;
    }

    @Override
    public void lock(long id) {
        filings.lock(id).orElseThrow(() -> ProblemException.notFound("管理人员备案", id));
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        ManagerFiling f = find(id);
        return new SubjectSnapshot(organisation.nameOf(f.unitCode()) + "管理人员备案（" + f.effectiveFrom() + " 起）", f.unitCode(),
                f.unitCode(), null, (long) f.revision(), f.contentHash(), null,
                workingDays.add(f.updatedAt().toLocalDate(), 5).due());
    }

    @Override
    public long chainId(long id) {
        return chains.idOf("site-manager-filing").orElseThrow(() -> ProblemException.conflict("缺少“管理人员备案”审核流程"));
    }

    /** The unit head's signature: each named manager takes over from the filing's day. */
    @Override
    public void approved(long id) {
        ManagerFiling filing = find(id);
        filing.signed(Timestamps.now(clock));
        takeEffect(filing);
        notifications.send(List.of(filing.createdBy()), "site-manager-filing.signed",
                organisation.nameOf(filing.unitCode()) + "管理人员备案已签字生效", "自 " + filing.effectiveFrom() + " 起生效，已纳入技术部门的管理人员备案登记。",
                consolePath(id));
    }

    /**
     * Each named manager takes over from the filing's day: whoever held the place then stops the day before; a
     * filing already made for a later day still takes over on its own day (and one for the same day is replaced).
     */
    private void takeEffect(ManagerFiling filing) {
        LocalDate from = filing.effectiveFrom();
        for (ManagerEntry entry : filing.entries()) {
            LocalDate nextStart = null;
            for (SiteManager existing : managers.lockAll(filing.unitCode(), entry.subjectKey())) {
                if (existing.effectiveFrom().isAfter(from)) {
                    nextStart = nextStart == null || existing.effectiveFrom().isBefore(nextStart) ? existing.effectiveFrom() : nextStart;
                } else if (existing.effectiveOn(from)) {
                    existing.supersededFrom(from);
                }
            }
            SiteManager row = SiteManager.of(filing.unitCode(), entry, from, filing.id());
            if (nextStart != null) {
                row.supersededFrom(nextStart);
            }
            managers.persist(row);
        }
    }

    @Override
    public void returned(long id, String reason) {
        find(id).returned();
    }

    @Override
    public void cancelled(long id) {
        find(id).cancelled();
    }

    @Override
    public List<String> concerned(long id) {
        return List.of(find(id).createdBy());
    }

    // --- rules ---

    record Place(String unitCode, ManagerCategory category, String key, String name) {
    }

    /** Every place someone must manage now: the sites' columns, topic sites and topic columns, and each unit's mailbox share. */
    List<Place> currentPlaces() {
        List<Place> places = new ArrayList<>();
        sites.ownedPlaces().forEach(p -> places.add(new Place(p.unitCode(), ManagerCategory.valueOf(p.category()), p.key(), p.name())));
        organisation.units().stream().filter(u -> u.kind().responsible())
                .forEach(u -> places.add(new Place(u.code(), ManagerCategory.MAILBOX, MAILBOX_KEY, "领导信箱留言转发回复")));
        Map<String, Integer> unitOrder = new HashMap<>();
        organisation.units().forEach(u -> unitOrder.putIfAbsent(u.code(), unitOrder.size()));
        places.sort(Comparator.comparing((Place p) -> unitOrder.getOrDefault(p.unitCode(), Integer.MAX_VALUE))
                .thenComparing(p -> p.category().ordinal()).thenComparing(Place::name));
        return places;
    }

    private List<ManagerEntry> entries(FilingCommand command, String unit) {
        Map<String, Place> ownPlaces = currentPlaces().stream().filter(p -> p.unitCode().equals(unit))
                .collect(Collectors.toMap(Place::key, Function.identity(), (a, b) -> a));
        List<FieldError> errors = new ArrayList<>();
        List<ManagerEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.entries().size(); i++) {
            EntryCommand e = command.entries().get(i);
            String field = "entries[" + i + "].";
            Place place = ownPlaces.get(e.subjectKey().trim());
            if (place == null) {
                errors.add(new FieldError(field + "subjectKey", "“" + e.subjectKey() + "”不是" + organisation.nameOf(unit) + "负责的栏目、网站或领导信箱"));
                continue;
            }
            if (!seen.add(place.key())) {
                errors.add(new FieldError(field + "subjectKey", "“" + place.name() + "”重复填报"));
            }
            Optional<Person> person = Optional.empty();
            if (!blank(e.managerUsername())) {
                person = people.find(e.managerUsername().trim());
                if (person.isEmpty() || !unit.equals(person.get().unitCode())) {
                    errors.add(new FieldError(field + "managerUsername", "管理人员须是" + organisation.nameOf(unit) + "的工作人员"));
                    continue;
                }
            }
            String name = !blank(e.managerName()) ? e.managerName().trim() : person.map(Person::name).orElse(null);
            String phone = !blank(e.officePhone()) ? e.officePhone().trim() : person.map(Person::officePhone).orElse(null);
            String mobile = !blank(e.mobile()) ? e.mobile().trim() : person.map(Person::mobile).orElse(null);
            if (name == null) {
                errors.add(new FieldError(field + "managerName", "请填写“" + place.name() + "”的管理人员姓名"));
            }
            if (phone == null) {
                errors.add(new FieldError(field + "officePhone", "请填写“" + place.name() + "”管理人员的办公电话"));
            }
            if (mobile == null) {
                errors.add(new FieldError(field + "mobile", "请填写“" + place.name() + "”管理人员的手机"));
            }
            entries.add(new ManagerEntry(place.category(), place.key(), place.name(),
                    person.map(Person::username).orElse(null), name, phone, mobile, blank(e.email()) ? null : e.email().trim()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return entries;
    }

    /** The unit whose registry the caller may read (null: every unit, for the technical department, site office, leaders). */
    private String readableUnit(String unitCode) {
        boolean all = user.has(Role.TECH_OPS) || user.has(Role.SITE_OFFICE) || user.has(Role.LEADER);
        if (all) {
            return blank(unitCode) ? null : unitCode;
        }
        String own = user.unitCode().orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，不能查看管理人员备案"));
        if (!blank(unitCode) && !own.equals(unitCode)) {
            throw ProblemException.forbidden("只能查看本单位（" + organisation.nameOf(own) + "）的管理人员备案");
        }
        return own;
    }

    private boolean mayFile(String unit) {
        return access.mayActInUnit(unit, Role.EDITOR, Role.UNIT_HEAD);
    }

    private void requireFiler(ManagerFiling filing) {
        if (!mayFile(filing.unitCode())) {
            throw ProblemException.forbidden("只有" + organisation.nameOf(filing.unitCode()) + "的信息员或单位负责人可以修改或撤回此备案");
        }
    }

    private ManagerFiling find(long id) {
        return filings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("管理人员备案", id));
    }

    private PlaceView placeView(String unit, ManagerCategory category, String key, String name, SiteManager m) {
        ManagerView manager = m == null ? null : new ManagerView(m.id(), m.managerUsername(), m.managerName(), m.officePhone(),
                m.mobile(), m.email(), m.effectiveFrom(), m.effectiveTo(),
                m.managerUsername() != null && people.find(m.managerUsername()).map(p -> !p.enabled()).orElse(false));
        return new PlaceView(unit, organisation.nameOf(unit), category, category.label(), key, name, manager);
    }

    private FilingView view(ManagerFiling f) {
        List<EntryView> entries = f.entries().stream().map(e -> new EntryView(e.category(), e.category().label(), e.subjectKey(),
                e.subjectName(), e.managerUsername(), e.managerName(), e.officePhone(), e.mobile(), e.email())).toList();
        return new FilingView(f.id(), f.unitCode(), organisation.nameOf(f.unitCode()), f.effectiveFrom(), entries, f.status(),
                f.status().label(), f.revision(), f.createdByName(), f.createdAt(), f.signedAt(), f.signedOnPaper());
    }

    LocalDate today() {
        return Timestamps.now(clock).toLocalDate();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
