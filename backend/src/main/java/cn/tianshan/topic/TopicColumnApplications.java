package cn.tianshan.topic;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkPolicy;
import cn.tianshan.link.LinkPolicy.FoundLink;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.Sites;
import cn.tianshan.site.TopicColumnSpec;
import cn.tianshan.topic.TopicColumnApplication.InnerColumn;
import cn.tianshan.topic.TopicColumnApplication.Status;
import cn.tianshan.topic.TopicRepositories.ApplicationRepository;
import cn.tianshan.topic.TopicViews.ApplicationCommand;
import cn.tianshan.topic.TopicViews.ApplicationDetail;
import cn.tianshan.topic.TopicViews.ApplicationView;
import cn.tianshan.topic.TopicViews.InnerColumnCommand;
import cn.tianshan.topic.TopicViews.InnerColumnView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Art. 8 and Annex 2: a unit applies to open a topic column on the main site; its head, the technical
 * department and the site office give their opinions in that order (the review engine, chain {@code
 * topic-column}); the last approval opens the column with its inner columns in the same transaction.
 */
@ApplicationScoped
public class TopicColumnApplications implements ReviewSubject {

    public static final String SUBJECT = "topic-column-application";
    /** Working days each opinion has. */
    static final int HANDLING_DAYS = 5;

    private final ApplicationRepository applications;
    private final Sites sites;
    private final Organisation organisation;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final LinkPolicy links;
    private final WorkingDays workingDays;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    TopicColumnApplications(ApplicationRepository applications, Sites sites, Organisation organisation, ReviewEngine engine,
                            ReviewChains chains, LinkPolicy links, WorkingDays workingDays, AccessPolicy access,
                            CurrentUser user, AuditTrail audit, Notifications notifications, Clock clock) {
        this.applications = applications;
        this.sites = sites;
        this.organisation = organisation;
        this.engine = engine;
        this.chains = chains;
        this.links = links;
        this.workingDays = workingDays;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The unit's information officer (or its head) fills in the form; it goes to the unit head at once. */
    @Transactional
    public ApplicationDetail apply(@Valid ApplicationCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("专题专栏须以单位名义申请，您的账号未归属单位"));
        access.requireInUnit(unit, Role.EDITOR, Role.UNIT_HEAD);
        TopicColumnApplication.Form form = validated(command, unit);
        TopicColumnApplication application = TopicColumnApplication.submitted(form, user.username(), user.displayName(),
                Timestamps.now(clock));
        applications.persist(application);
        applications.flush();
        audit.target(SUBJECT, application.id());
        engine.submit(SUBJECT, application.id());
        return detail(application.id());
    }

    /** The applicant revises a returned or withdrawn application and submits it again. */
    @Transactional
    public ApplicationDetail revise(long id, @Valid ApplicationCommand command) {
        lock(id);
        TopicColumnApplication application = find(id);
        requireApplicant(application);
        application.revise(validated(command, application.applicantUnit()), Timestamps.now(clock));
        application.resubmitted(Timestamps.now(clock));
        applications.flush();
        audit.target(SUBJECT, id);
        engine.submit(SUBJECT, id);
        return detail(id);
    }

    /** The applicant takes the application back before it is decided. */
    @Transactional
    public ApplicationDetail cancel(long id) {
        lock(id);
        TopicColumnApplication application = find(id);
        requireApplicant(application);
        audit.target(SUBJECT, id);
        engine.cancel(SUBJECT, id);
        return detail(id);
    }

    /** The site office, the technical department and leaders see every application; a unit sees its own. */
    public List<ApplicationView> list() {
        boolean all = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.LEADER);
        List<TopicColumnApplication> found = all ? applications.recent()
                : user.unitCode().map(applications::ofUnit).orElse(List.of());
        return found.stream().map(this::view).toList();
    }

    public ApplicationDetail detail(long id) {
        TopicColumnApplication application = find(id);
        requireMayRead(application);
        List<String> allowed = new ArrayList<>();
        if (isApplicant(application)) {
            if (application.status() == Status.IN_REVIEW) {
                allowed.add("cancel");
            } else if (application.status() == Status.RETURNED || application.status() == Status.CANCELLED) {
                allowed.add("revise");
            }
        }
        return new ApplicationDetail(view(application), engine.activeRun(SUBJECT, id).orElse(null),
                engine.actionsFor(SUBJECT, id), allowed);
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
        return "专题专栏申请";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/topic-column-applications/" + id;
    }

    @Override
    public void lock(long id) {
        applications.lock(id).orElseThrow(() -> ProblemException.notFound("专题专栏申请", id));
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        TopicColumnApplication a = find(id);
        LocalDate from = a.updatedAt().toLocalDate();
        return new SubjectSnapshot("开设专题专栏“" + a.topicName() + "”", a.applicantUnit(), a.applicantUnit(), null,
                (long) a.revision(), a.contentHash(), null, workingDays.add(from, HANDLING_DAYS).due());
    }

    @Override
    public long chainId(long id) {
        return chains.idOf("topic-column").orElseThrow(() -> ProblemException.conflict("缺少“开设专题专栏”审核流程"));
    }

    /** The site office's opinion is the last: the column opens now, in this transaction, or nothing happens. */
    @Override
    public void approved(long id) {
        TopicColumnApplication a = find(id);
        List<FieldError> stillValid = problems(a.form(), false);
        if (!stillValid.isEmpty()) {
            throw ProblemException.conflict("此申请已无法执行：" + stillValid.get(0).message());
        }
        requireAllowedLink(a.form());
        LocalDateTime now = Timestamps.now(clock);
        long columnId = sites.openTopicColumn(new TopicColumnSpec("zt" + id, a.topicName(), a.applicantUnit(), a.startsOn(),
                a.endsOn(), a.topicUrl(), a.innerColumns().stream()
                .map(c -> new TopicColumnSpec.Inner(c.name(), c.updateClass(), c.ownerUnit())).toList()), now);
        a.approved(columnId, now);
        notifications.send(List.of(a.createdBy()), "topic-column.opened", "专题专栏“" + a.topicName() + "”已开设",
                "厅网站主管处室已同意，专题专栏已在主站上线，请及时更新内容：两个月以上未更新将自动取消主站显示（第八条）。",
                consolePath(id));
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

    private TopicColumnApplication.Form validated(ApplicationCommand c, String unit) {
        List<InnerColumn> inner = new ArrayList<>();
        for (InnerColumnCommand ic : c.innerColumns()) {
            inner.add(new InnerColumn(ic.name().trim(), ic.updateClass(),
                    ic.ownerUnit() == null || ic.ownerUnit().isBlank() ? unit : ic.ownerUnit().trim()));
        }
        String url = c.topicUrl() == null || c.topicUrl().isBlank() ? null : c.topicUrl().trim();
        TopicColumnApplication.Form form = new TopicColumnApplication.Form(unit, c.topicName().trim(), url, c.reason().trim(),
                c.startsOn(), c.endsOn(), c.contactName().trim(), c.contactOfficePhone().trim(), c.contactMobile().trim(),
                inner);
        List<FieldError> errors = problems(form, true);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireAllowedLink(form);
        return form;
    }

    private List<FieldError> problems(TopicColumnApplication.Form f, boolean submitting) {
        List<FieldError> errors = new ArrayList<>();
        if (!f.endsOn().isAfter(f.startsOn())) {
            errors.add(new FieldError("endsOn", "结束时间须晚于开通时间"));
        }
        if (submitting && f.endsOn().isBefore(Timestamps.now(clock).toLocalDate())) {
            errors.add(new FieldError("endsOn", "结束时间已过，无需开设"));
        }
        if (f.topicUrl() != null) {
            if (!f.topicUrl().matches("(?i)^https?://.+")) {
                errors.add(new FieldError("topicUrl", "专题专栏网址须以 http:// 或 https:// 开头"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < f.innerColumns().size(); i++) {
            InnerColumn c = f.innerColumns().get(i);
            if (!names.add(c.name())) {
                errors.add(new FieldError("innerColumns[" + i + "].name", "内设栏目“" + c.name() + "”重复"));
            }
            if (organisation.kindOf(c.ownerUnit()).filter(k -> k.responsible()).isEmpty()) {
                errors.add(new FieldError("innerColumns[" + i + "].ownerUnit", "没有责任单位“" + c.ownerUnit() + "”"));
            }
        }
        if (sites.topLevelNameTaken(f.topicName())) {
            errors.add(new FieldError("topicName", "主站已有在用的顶级栏目“" + f.topicName() + "”"));
        }
        return errors;
    }

    private void requireAllowedLink(TopicColumnApplication.Form form) {
        if (form.topicUrl() != null) {
            links.requireAllowed(List.of(new FoundLink("topicUrl", "专题专栏网址", form.topicUrl())));
        }
    }

    private void requireApplicant(TopicColumnApplication application) {
        if (!isApplicant(application)) {
            throw ProblemException.forbidden("只有" + organisation.nameOf(application.applicantUnit()) + "的信息员或单位负责人可以修改或撤回此申请");
        }
    }

    private boolean isApplicant(TopicColumnApplication application) {
        return access.mayActInUnit(application.applicantUnit(), Role.EDITOR, Role.UNIT_HEAD);
    }

    private void requireMayRead(TopicColumnApplication application) {
        boolean mayRead = user.has(Role.SITE_OFFICE) || user.has(Role.TECH_OPS) || user.has(Role.LEADER)
                || user.unitCode().filter(application.applicantUnit()::equals).isPresent() || engine.involves(SUBJECT, application.id());
        if (!mayRead) {
            throw ProblemException.forbidden("这是" + organisation.nameOf(application.applicantUnit()) + "的专题专栏申请，您无权查看");
        }
    }

    private TopicColumnApplication find(long id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("专题专栏申请", id));
    }

    private ApplicationView view(TopicColumnApplication a) {
        List<InnerColumnView> inner = a.innerColumns().stream().map(c -> new InnerColumnView(c.name(), c.updateClass(),
                c.updateClass().label(), c.ownerUnit(), organisation.nameOf(c.ownerUnit()))).toList();
        return new ApplicationView(a.id(), a.applicantUnit(), organisation.nameOf(a.applicantUnit()), a.topicName(), a.topicUrl(),
                inner, a.reason(), a.startsOn(), a.endsOn(), a.contactName(), a.contactOfficePhone(), a.contactMobile(),
                a.status(), a.status().label(), a.revision(), a.createdByName(), a.createdAt(), a.updatedAt(), a.approvedAt(),
                a.resultingColumnId(), a.resultingColumnId() == null ? null : "/columns/" + a.resultingColumnId());
    }
}
