package cn.tianshan.site;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.notification.Notifications;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.SiteRepositories.ColumnChangeRepository;
import cn.tianshan.site.SiteViews.ColumnChangeCommand;
import cn.tianshan.site.SiteViews.ColumnChangeDetail;
import cn.tianshan.site.SiteViews.ColumnChangeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Column changes on a site follow Art. 7: a unit requests, the site office decides, the technical
 * department carries out; the review engine runs the steps and keeps every opinion.
 */
@ApplicationScoped
public class ColumnChanges implements ReviewSubject {

    public static final String SUBJECT = "column-change";
    /** The working days the site office and technical department have for a request. */
    static final int HANDLING_DAYS = 5;

    private final ColumnChangeRepository requests;
    private final Sites sites;
    private final Organisation organisation;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final WorkingDays workingDays;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final PublicChangeLog publicChanges;
    private final Notifications notifications;
    private final Clock clock;

    ColumnChanges(ColumnChangeRepository requests, Sites sites, Organisation organisation, ReviewEngine engine,
                  ReviewChains chains, WorkingDays workingDays, AccessPolicy access, CurrentUser user, AuditTrail audit,
                  PublicChangeLog publicChanges, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.requests = requests;
        this.sites = sites;
        this.organisation = organisation;
        this.engine = engine;
        this.chains = chains;
        this.workingDays = workingDays;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    /**
     * Art. 7: a unit asks for a change. Any unit head (or the site office) may ask for a new column; only the
     * owner unit's head (or the site office) may ask to change an existing one.
     */
    @Transactional
    public ColumnChangeView request(@Valid ColumnChangeCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("栏目调整须以单位名义申请，您的账号未归属单位"));
        access.requireInUnit(unit, Role.UNIT_HEAD, Role.SITE_OFFICE);
        sites.findSite(command.siteId());
        List<FieldError> problems = problems(command);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (command.changeType() != ColumnChangeRequest.Type.CREATE) {
            SiteColumn column = sites.findColumn(command.columnId()).orElseThrow();
            if (!column.ownerUnit().equals(unit) && !user.has(Role.SITE_OFFICE)) {
                throw ProblemException.forbidden("栏目“" + column.name() + "”由" + organisation.nameOf(column.ownerUnit())
                        + "主管：只有主管单位或厅网站主管处室可以申请调整它");
            }
        }
        ColumnChangeRequest request = ColumnChangeRequest.of(command.siteId(), command.changeType(), command.columnId(),
                trimmed(command.proposedName()), trimmed(command.proposedCode()), command.proposedParentId(),
                command.proposedOwnerUnit(), command.proposedKind(), command.proposedUpdateClass(),
                command.proposedIntervalDays(), command.reason().trim(), unit, user.username(), user.displayName(),
                Timestamps.now(clock));
        requests.persist(request);
        requests.flush();
        audit.target(SUBJECT, request.id());
        engine.submit(SUBJECT, request.id());
        return view(request);
    }

    /** The requester takes the request back before it is decided. */
    @Transactional
    public ColumnChangeDetail cancel(long id) {
        lock(id);
        ColumnChangeRequest request = find(id);
        if (!request.requestedBy().equals(user.username())) {
            throw ProblemException.forbidden("只有申请人" + request.requestedByName() + "可以撤回此申请");
        }
        audit.target(SUBJECT, id);
        engine.cancel(SUBJECT, id);
        return get(id);
    }

    public List<ColumnChangeView> recent() {
        return requests.recent().stream().map(this::view).toList();
    }

    public ColumnChangeDetail get(long id) {
        ColumnChangeRequest request = find(id);
        List<String> allowed = request.status() == ColumnChangeRequest.Status.IN_REVIEW
                && request.requestedBy().equals(user.username()) ? List.of("cancel") : List.of();
        return new ColumnChangeDetail(view(request), engine.activeRun(SUBJECT, id).orElse(null), engine.actionsFor(SUBJECT, id),
                allowed);
    }

    public List<RunView> history(long id) {
        find(id);
        return engine.history(SUBJECT, id);
    }

    // --- ReviewSubject ---

    @Override
    public String type() {
        return SUBJECT;
    }

    @Override
    public String label() {
        return "栏目调整申请";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/column-changes/" + id;
    }

    @Override
    public void lock(long id) {
        requests.lock(id).orElseThrow(() -> ProblemException.notFound("栏目调整申请", id));
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        ColumnChangeRequest request = find(id);
        String owner = request.columnId() == null ? request.proposedOwnerUnit()
                : sites.findColumn(request.columnId()).map(SiteColumn::ownerUnit).orElse(request.requestingUnit());
        Site site = sites.findSite(request.siteId());
        return new SubjectSnapshot(summary(request), request.requestingUnit(), owner, site.ownerUnit(), null, null, null,
                workingDays.add(request.requestedAt().toLocalDate(), HANDLING_DAYS).due());
    }

    @Override
    public long chainId(long id) {
        return chains.idOf("column-change").orElseThrow(() -> ProblemException.conflict("缺少“主站栏目设置调整”审核流程"));
    }

    /** The technical department's approval is the execution: the tree changes now. */
    @Override
    public void approved(long id) {
        ColumnChangeRequest request = find(id);
        LocalDateTime now = Timestamps.now(clock);
        List<FieldError> stillValid = problems(commandOf(request));
        if (!stillValid.isEmpty()) {
            throw ProblemException.conflict("此申请已无法执行：" + stillValid.get(0).message());
        }
        long columnId = switch (request.changeType()) {
            case CREATE -> sites.createColumn(request, now).id();
            case RENAME -> {
                sites.findColumn(request.columnId()).orElseThrow().rename(request.proposedName(), now);
                yield request.columnId();
            }
            case MOVE -> {
                sites.findColumn(request.columnId()).orElseThrow().moveUnder(request.proposedParentId(), now);
                yield request.columnId();
            }
            case RETIRE -> {
                sites.findColumn(request.columnId()).orElseThrow().retire(now);
                yield request.columnId();
            }
        };
        request.carriedOut(columnId, now);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        notifications.send(List.of(request.requestedBy()), "column-change.carried-out", "栏目调整已执行：" + summary(request),
                "厅网站主管处室审定、技术部门已执行。", consolePath(id));
    }

    @Override
    public void returned(long id, String reason) {
        find(id).rejected();
    }

    @Override
    public void cancelled(long id) {
        find(id).cancelled();
    }

    private List<FieldError> problems(ColumnChangeCommand c) {
        List<FieldError> errors = new ArrayList<>();
        boolean needsColumn = c.changeType() != ColumnChangeRequest.Type.CREATE;
        SiteColumn column = null;
        if (needsColumn) {
            column = c.columnId() == null ? null : sites.findColumn(c.columnId()).filter(x -> x.siteId() == c.siteId()).orElse(null);
            if (column == null) {
                errors.add(new FieldError("columnId", "请选择本网站现有的栏目"));
            } else if (column.lifecycle() == ColumnLifecycle.ARCHIVED) {
                errors.add(new FieldError("columnId", "栏目“" + column.name() + "”已归档，不能调整"));
            }
        }
        switch (c.changeType()) {
            case CREATE -> {
                if (blank(c.proposedName())) {
                    errors.add(new FieldError("proposedName", "请填写新栏目的名称"));
                }
                if (blank(c.proposedCode())) {
                    errors.add(new FieldError("proposedCode", "请填写栏目代码（用于网址）"));
                } else if (sites.codeTaken(c.siteId(), c.proposedCode().trim())) {
                    errors.add(new FieldError("proposedCode", "本网站已有栏目使用代码“" + c.proposedCode().trim() + "”"));
                }
                if (blank(c.proposedOwnerUnit()) || organisation.kindOf(c.proposedOwnerUnit()).filter(k -> k.responsible()).isEmpty()) {
                    errors.add(new FieldError("proposedOwnerUnit", "请选择新栏目的主管单位（责任单位）"));
                }
                if (c.proposedKind() == null) {
                    errors.add(new FieldError("proposedKind", "请选择栏目类型"));
                }
                if (c.proposedUpdateClass() == null) {
                    errors.add(new FieldError("proposedUpdateClass", "请选择更新要求"));
                }
                parentProblem(c, null).ifPresent(errors::add);
            }
            case RENAME -> {
                if (blank(c.proposedName())) {
                    errors.add(new FieldError("proposedName", "请填写栏目的新名称"));
                }
            }
            case MOVE -> parentProblem(c, column).ifPresent(errors::add);
            case RETIRE -> {
            }
        }
        return errors;
    }

    private Optional<FieldError> parentProblem(ColumnChangeCommand c, SiteColumn moving) {
        if (c.proposedParentId() == null) {
            return Optional.empty();
        }
        SiteColumn parent = sites.findColumn(c.proposedParentId()).filter(p -> p.siteId() == c.siteId()).orElse(null);
        if (parent == null || parent.lifecycle() == ColumnLifecycle.ARCHIVED) {
            return Optional.of(new FieldError("proposedParentId", "上级栏目须是本网站在用的栏目"));
        }
        if (moving != null && sites.isWithin(parent.id(), moving.id())) {
            return Optional.of(new FieldError("proposedParentId", "栏目不能移到它自己或它的下级栏目之下"));
        }
        return Optional.empty();
    }

    private static ColumnChangeCommand commandOf(ColumnChangeRequest r) {
        return new ColumnChangeCommand(r.siteId(), r.changeType(), r.columnId(), r.proposedName(), r.proposedCode(),
                r.proposedParentId(), r.proposedOwnerUnit(), r.proposedKind(), r.proposedUpdateClass(),
                r.proposedIntervalDays(), r.reason());
    }

    private ColumnChangeRequest find(long id) {
        return requests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("栏目调整申请", id));
    }

    private String summary(ColumnChangeRequest request) {
        String columnName = request.columnId() == null ? null
                : sites.findColumn(request.columnId()).map(SiteColumn::name).orElse("?");
        return request.describe(columnName);
    }

    private ColumnChangeView view(ColumnChangeRequest r) {
        String columnName = r.columnId() == null ? null : sites.findColumn(r.columnId()).map(sites::pathName).orElse(null);
        String parentName = r.proposedParentId() == null ? null
                : sites.findColumn(r.proposedParentId()).map(sites::pathName).orElse(null);
        return new ColumnChangeView(r.id(), r.siteId(), sites.findSite(r.siteId()).name(), r.changeType(),
                r.changeType().label(), summary(r), r.columnId(), columnName, r.proposedName(), r.proposedCode(),
                r.proposedParentId(), parentName, r.proposedOwnerUnit(),
                r.proposedOwnerUnit() == null ? null : organisation.nameOf(r.proposedOwnerUnit()), r.proposedKind(),
                r.proposedKind() == null ? null : r.proposedKind().label(), r.proposedUpdateClass(),
                r.proposedUpdateClass() == null ? null : r.proposedUpdateClass().label(), r.proposedIntervalDays(), r.reason(),
                r.requestingUnit(), organisation.nameOf(r.requestingUnit()), r.requestedBy(), r.requestedByName(),
                r.requestedAt(), r.status(), r.status().label(), r.carriedOutAt(), r.resultingColumnId());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
