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
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.SiteRepositories.ColumnChangeRepository;
import cn.tianshan.site.SiteViews.ColumnChangeCommand;
import cn.tianshan.site.SiteViews.ColumnChangeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
    private final Clock clock;

    ColumnChanges(ColumnChangeRepository requests, Sites sites, Organisation organisation, ReviewEngine engine,
                  ReviewChains chains, WorkingDays workingDays, AccessPolicy access, CurrentUser user, AuditTrail audit,
                  PublicChangeLog publicChanges, Clock clock) {
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

    @Transactional
    public ColumnChangeView request(@Valid ColumnChangeCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("a request comes from a unit"));
        access.requireInUnit(unit, Role.UNIT_HEAD);
        sites.findSite(command.siteId());
        List<FieldError> problems = problems(command);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
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

    public List<ColumnChangeView> recent() {
        return requests.recent().stream().map(this::view).toList();
    }

    public ColumnChangeView get(long id) {
        return view(find(id));
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
    public SubjectSnapshot snapshot(long id) {
        ColumnChangeRequest request = find(id);
        String owner = request.columnId() == null ? request.proposedOwnerUnit()
                : sites.findColumn(request.columnId()).map(SiteColumn::ownerUnit).orElse(request.requestingUnit());
        Site site = sites.findSite(request.siteId());
        return new SubjectSnapshot(summary(request), request.requestingUnit(), owner, site.ownerUnit(), null, null,
                workingDays.add(request.requestedAt().toLocalDate(), HANDLING_DAYS).due());
    }

    @Override
    public long chainId(long id) {
        return chains.idOf("column-change").orElseThrow(() -> ProblemException.conflict("the column-change chain is missing"));
    }

    /** The technical department's approval is the execution: the tree changes now. */
    @Override
    public void approved(long id) {
        ColumnChangeRequest request = find(id);
        LocalDateTime now = Timestamps.now(clock);
        List<FieldError> stillValid = problems(commandOf(request));
        if (!stillValid.isEmpty()) {
            throw ProblemException.conflict("the request can no longer be carried out: " + stillValid.get(0).message());
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
                errors.add(new FieldError("columnId", "required: an existing column of this site"));
            } else if (column.lifecycle() == ColumnLifecycle.ARCHIVED) {
                errors.add(new FieldError("columnId", "the column is archived"));
            }
        }
        switch (c.changeType()) {
            case CREATE -> {
                if (blank(c.proposedName())) {
                    errors.add(new FieldError("proposedName", "required"));
                }
                if (blank(c.proposedCode())) {
                    errors.add(new FieldError("proposedCode", "required"));
                } else if (sites.codeTaken(c.siteId(), c.proposedCode().trim())) {
                    errors.add(new FieldError("proposedCode", "already used on this site"));
                }
                if (blank(c.proposedOwnerUnit()) || organisation.kindOf(c.proposedOwnerUnit()).filter(k -> k.responsible()).isEmpty()) {
                    errors.add(new FieldError("proposedOwnerUnit", "required: a responsible unit"));
                }
                if (c.proposedKind() == null) {
                    errors.add(new FieldError("proposedKind", "required"));
                }
                if (c.proposedUpdateClass() == null) {
                    errors.add(new FieldError("proposedUpdateClass", "required"));
                }
                parentProblem(c, null).ifPresent(errors::add);
            }
            case RENAME -> {
                if (blank(c.proposedName())) {
                    errors.add(new FieldError("proposedName", "required"));
                }
            }
            case MOVE -> parentProblem(c, column).ifPresent(errors::add);
            case RETIRE -> {
            }
        }
        return errors;
    }

    private java.util.Optional<FieldError> parentProblem(ColumnChangeCommand c, SiteColumn moving) {
        if (c.proposedParentId() == null) {
            return java.util.Optional.empty();
        }
        SiteColumn parent = sites.findColumn(c.proposedParentId()).filter(p -> p.siteId() == c.siteId()).orElse(null);
        if (parent == null || parent.lifecycle() == ColumnLifecycle.ARCHIVED) {
            return java.util.Optional.of(new FieldError("proposedParentId", "not an active column of this site"));
        }
        if (moving != null && sites.isWithin(parent.id(), moving.id())) {
            return java.util.Optional.of(new FieldError("proposedParentId", "a column cannot move below itself"));
        }
        return java.util.Optional.empty();
    }

    private static ColumnChangeCommand commandOf(ColumnChangeRequest r) {
        return new ColumnChangeCommand(r.siteId(), r.changeType(), r.columnId(), r.proposedName(), r.proposedCode(),
                r.proposedParentId(), r.proposedOwnerUnit(), r.proposedKind(), r.proposedUpdateClass(),
                r.proposedIntervalDays(), r.reason());
    }

    private ColumnChangeRequest find(long id) {
        return requests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("column change request", id));
    }

    private String summary(ColumnChangeRequest request) {
        String columnName = request.columnId() == null ? null
                : sites.findColumn(request.columnId()).map(SiteColumn::name).orElse("?");
        return request.describe(columnName);
    }

    private ColumnChangeView view(ColumnChangeRequest r) {
        return new ColumnChangeView(r.id(), r.siteId(), sites.findSite(r.siteId()).name(), r.changeType(), summary(r),
                r.columnId(), r.proposedName(), r.proposedCode(), r.proposedParentId(), r.proposedOwnerUnit(),
                r.proposedKind(), r.proposedUpdateClass(), r.reason(), r.requestingUnit(),
                organisation.nameOf(r.requestingUnit()), r.requestedByName(), r.requestedAt(), r.status(),
                r.carriedOutAt(), r.resultingColumnId());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
