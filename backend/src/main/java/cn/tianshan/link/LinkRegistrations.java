package cn.tianshan.link;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkRepositories.RegistrationEventRepository;
import cn.tianshan.link.LinkRepositories.RegistrationRepository;
import cn.tianshan.link.LinkViews.HandlingEntry;
import cn.tianshan.link.LinkViews.RegistrationCommand;
import cn.tianshan.link.LinkViews.RegistrationDetail;
import cn.tianshan.link.LinkViews.RegistrationView;
import cn.tianshan.link.LinkViews.RevocationCommand;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.SubjectSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 9 and Annex 4: a unit registers a non-government system or site it wants to link to; its head, then the
 * site office, give their opinions (review engine, chain {@code link-registration}). The site office may revoke
 * an approved registration; an expiry date lapses it (see {@link LinkRegistrationExpiry}).
 */
@ApplicationScoped
public class LinkRegistrations implements ReviewSubject {

    public static final String SUBJECT = "link-registration";
    static final int HANDLING_DAYS = 5;

    private final RegistrationRepository registrations;
    private final RegistrationEventRepository events;
    private final LinkChecks checks;
    private final GovernmentHosts government;
    private final Organisation organisation;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final WorkingDays workingDays;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    LinkRegistrations(RegistrationRepository registrations, RegistrationEventRepository events, LinkChecks checks,
                      GovernmentHosts government, Organisation organisation, ReviewEngine engine, ReviewChains chains,
                      WorkingDays workingDays, AccessPolicy access, CurrentUser user, AuditTrail audit,
                      Notifications notifications, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.checks = checks;
        this.government = government;
        this.organisation = organisation;
        this.engine = engine;
        this.chains = chains;
        this.workingDays = workingDays;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public RegistrationDetail register(@Valid RegistrationCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("链接备案须以单位名义登记，您的账号未归属单位"));
        access.requireInUnit(unit, Role.EDITOR, Role.UNIT_HEAD);
        LinkRegistration registration = LinkRegistration.submitted(validated(command, unit), user.username(),
                user.displayName(), Timestamps.now(clock));
        registrations.persist(registration);
        registrations.flush();
        audit.target(SUBJECT, registration.id());
        engine.submit(SUBJECT, registration.id());
        return detail(registration.id());
    }

    @Transactional
    public RegistrationDetail revise(long id, @Valid RegistrationCommand command) {
        lock(id);
        LinkRegistration registration = find(id);
        requireApplicant(registration);
        registration.revise(validated(command, registration.unitCode()), Timestamps.now(clock));
        registrations.flush();
        audit.target(SUBJECT, id);
        engine.submit(SUBJECT, id);
        return detail(id);
    }

    @Transactional
    public RegistrationDetail cancel(long id) {
        lock(id);
        requireApplicant(find(id));
        audit.target(SUBJECT, id);
        engine.cancel(SUBJECT, id);
        return detail(id);
    }

    /** The site office withdraws its approval: links to the host are refused from now on. */
    @Transactional
    public RegistrationDetail revoke(long id, @Valid RevocationCommand command) {
        access.require(Role.SITE_OFFICE);
        lock(id);
        LinkRegistration registration = find(id);
        LocalDateTime now = Timestamps.now(clock);
        registration.revoked(now);
        String reason = command.reason().trim();
        events.persist(LinkRegistrationEvent.of(id, "revoked", "撤销备案：" + reason, user.displayName(), now));
        audit.target(SUBJECT, id);
        notifications.send(List.of(registration.createdBy()), "link-registration.revoked",
                "链接备案“" + registration.systemName() + "”已被撤销", "厅网站主管处室" + user.displayName() + "撤销了备案。理由：" + reason
                        + "。此后不能再发布指向 " + registration.host() + " 的链接。", consolePath(id));
        return detail(id);
    }

    public List<RegistrationView> list() {
        boolean all = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.LEADER);
        List<LinkRegistration> found = all ? registrations.recent() : user.unitCode().map(registrations::ofUnit).orElse(List.of());
        Map<String, LinkCheck> known = checks.of(found.stream().map(LinkRegistration::url).toList());
        return found.stream().map(r -> view(r, Optional.ofNullable(known.get(r.url())))).toList();
    }

    public RegistrationDetail detail(long id) {
        LinkRegistration r = find(id);
        requireMayRead(r);
        List<String> allowed = new ArrayList<>();
        if (mayApply(r)) {
            if (r.status() == LinkRegistration.Status.PENDING) {
                allowed.add("cancel");
            } else if (r.status() == LinkRegistration.Status.REJECTED || r.status() == LinkRegistration.Status.CANCELLED) {
                allowed.add("revise");
            }
        }
        if (r.status() == LinkRegistration.Status.APPROVED && user.has(Role.SITE_OFFICE)) {
            allowed.add("revoke");
        }
        List<HandlingEntry> handling = events.of(id).stream()
                .map(e -> new HandlingEntry(e.occurredAt(), e.event(), e.note(), e.actorName())).toList();
        return new RegistrationDetail(view(r, checks.of(r.url())), engine.activeRun(SUBJECT, id).orElse(null), engine.actionsFor(SUBJECT, id),
                allowed, handling);
    }

    public List<RunView> history(long id) {
        requireMayRead(find(id));
        return engine.history(SUBJECT, id);
    }

    // --- ReviewSubject ---

    @Override
    public String type() {
        return SUBJECT;
    }

    @Override
    public String label() {
        return "链接备案";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/link-registrations/" + id;
    }

    @Override
    public void lock(long id) {
        registrations.lock(id).orElseThrow(() -> ProblemException.notFound("链接备案", id));
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        LinkRegistration r = find(id);
        return new SubjectSnapshot("链接备案：" + r.systemName() + "（" + r.host() + "）", r.unitCode(), r.unitCode(), null,
                (long) r.revision(), r.contentHash(), null, workingDays.add(r.updatedAt().toLocalDate(), HANDLING_DAYS).due());
    }

    @Override
    public long chainId(long id) {
        return chains.idOf("link-registration").orElseThrow(() -> ProblemException.conflict("缺少“链接审核登记”流程"));
    }

    @Override
    public void approved(long id) {
        LinkRegistration r = find(id);
        r.approved(Timestamps.now(clock));
        notifications.send(List.of(r.createdBy()), "link-registration.approved", "链接备案“" + r.systemName() + "”已批准",
                "现在可以在信息和栏目中链接 " + r.host() + "。" + (r.expiresOn() == null ? "" : "备案有效至 " + r.expiresOn() + "。"),
                consolePath(id));
    }

    @Override
    public void returned(long id, String reason) {
        find(id).rejected(Timestamps.now(clock));
    }

    @Override
    public void cancelled(long id) {
        find(id).cancelled(Timestamps.now(clock));
    }

    @Override
    public List<String> concerned(long id) {
        return List.of(find(id).createdBy());
    }

    // --- rules ---

    private LinkRegistration.Form validated(RegistrationCommand c, String unit) {
        List<FieldError> errors = new ArrayList<>();
        String url = c.url().trim();
        Optional<String> host = url.matches("(?i)^https?://.+") ? LinkTarget.hostOf(url) : Optional.empty();
        if (host.isEmpty()) {
            errors.add(new FieldError("url", "链接地址须是以 http:// 或 https:// 开头的完整网址"));
        } else if (government.isGovernment(host.get())) {
            errors.add(new FieldError("url", host.get() + " 是政府网站，可以直接链接，无需备案"));
        }
        if (c.expiresOn() != null && !c.expiresOn().isAfter(Timestamps.now(clock).toLocalDate())) {
            errors.add(new FieldError("expiresOn", "有效期须晚于今天"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new LinkRegistration.Form(unit, c.systemName().trim(), url, host.get(), c.introduction().trim(),
                c.contactName().trim(), c.contactOfficePhone().trim(), c.contactMobile().trim(), c.expiresOn());
    }

    private boolean mayApply(LinkRegistration r) {
        return access.mayActInUnit(r.unitCode(), Role.EDITOR, Role.UNIT_HEAD);
    }

    private void requireApplicant(LinkRegistration r) {
        if (!mayApply(r)) {
            throw ProblemException.forbidden("只有" + organisation.nameOf(r.unitCode()) + "的信息员或单位负责人可以修改或撤回此登记");
        }
    }

    private void requireMayRead(LinkRegistration r) {
        boolean mayRead = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.LEADER)
                || user.unitCode().filter(r.unitCode()::equals).isPresent() || engine.involves(SUBJECT, r.id());
        if (!mayRead) {
            throw ProblemException.forbidden("这是" + organisation.nameOf(r.unitCode()) + "的链接备案，您无权查看");
        }
    }

    private LinkRegistration find(long id) {
        return registrations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("链接备案", id));
    }

    private RegistrationView view(LinkRegistration r, Optional<LinkCheck> check) {
        return new RegistrationView(r.id(), r.unitCode(), organisation.nameOf(r.unitCode()), r.systemName(), r.url(), r.host(),
                r.introduction(), r.contactName(), r.contactOfficePhone(), r.contactMobile(), r.expiresOn(), r.status(),
                r.status().label(), r.revision(), r.createdByName(), r.createdAt(), r.decidedAt(),
                check.map(LinkCheck::consecutiveFailures).orElse(0), check.map(c -> c.flaggedSince() != null).orElse(false));
    }
}
