package cn.tianshan.site;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.site.SiteRepositories.ColumnRepository;
import cn.tianshan.site.SiteRepositories.SiteRepository;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.ColumnSettings;
import cn.tianshan.site.SiteViews.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sites and their column trees. Other features ask here about a column: owner, kind, chain, visibility. */
@ApplicationScoped
public class Sites {

    private final SiteRepository sites;
    private final ColumnRepository columns;
    private final Organisation organisation;
    private final ReviewChains chains;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final PublicChangeLog publicChanges;
    private final Clock clock;

    Sites(SiteRepository sites, ColumnRepository columns, Organisation organisation, ReviewChains chains,
          AccessPolicy access, AuditTrail audit, PublicChangeLog publicChanges, Clock clock) {
        this.sites = sites;
        this.columns = columns;
        this.organisation = organisation;
        this.chains = chains;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    public List<SiteView> sites() {
        return sites.active().stream().map(this::view).toList();
    }

    public SiteView site(long id) {
        return view(findSite(id));
    }

    public Optional<SiteView> siteByCode(String code) {
        return sites.byCode(code).filter(Site::active).map(this::view);
    }

    /** The whole tree (staff), or only what the public may see: no hidden columns. */
    public List<ColumnNode> tree(long siteId, boolean publicOnly) {
        findSite(siteId);
        List<SiteColumn> all = columns.ofSite(siteId).stream()
                .filter(c -> !publicOnly || c.publiclyVisible()).toList();
        Map<Long, String> chainNames = chains.all().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        return children(null, all, chainNames);
    }

    public ColumnInfo column(long id) {
        return findColumn(id).map(this::info).orElseThrow(() -> ProblemException.notFound("column", id));
    }

    public Optional<ColumnInfo> findColumn(long id, boolean publicOnly) {
        return findColumn(id).filter(c -> !publicOnly || c.publiclyVisible()).map(this::info);
    }

    public List<ColumnInfo> homepageColumns() {
        return columns.homepage().stream().map(this::info).toList();
    }

    /** The path from the site's root down to the column, for breadcrumbs. */
    public List<ColumnInfo> path(long columnId) {
        List<ColumnInfo> path = new ArrayList<>();
        Optional<SiteColumn> current = findColumn(columnId);
        while (current.isPresent()) {
            path.add(0, info(current.get()));
            current = current.get().parentId() == null ? Optional.empty() : findColumn(current.get().parentId());
        }
        return path;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markPublished(Collection<Long> columnIds, LocalDateTime at) {
        columnIds.forEach(id -> findColumn(id).ifPresent(c -> c.published(at)));
    }

    /** The site office sets a column's homepage visibility, update interval, review chain and lifecycle. */
    @Transactional
    public ColumnNode configure(long columnId, @Valid ColumnSettings settings) {
        access.require(Role.SITE_OFFICE);
        SiteColumn column = findColumn(columnId).orElseThrow(() -> ProblemException.notFound("column", columnId));
        if (!chains.exists(settings.reviewChainId()) || !"article".equals(chains.subjectTypeOf(settings.reviewChainId()))) {
            throw ProblemException.invalid("reviewChainId", "no article review chain " + settings.reviewChainId());
        }
        column.configure(settings.homepageVisible(), settings.updateIntervalDays(), settings.reviewChainId(),
                settings.lifecycle(), Timestamps.now(clock));
        audit.target("column", columnId);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return tree(column.siteId(), false).stream().flatMap(Sites::flatten).filter(n -> n.id() == columnId).findFirst()
                .orElseThrow();
    }

    // --- carried out by approved column change requests ---

    SiteColumn createColumn(ColumnChangeRequest request, LocalDateTime at) {
        Long chainId = request.proposedParentId() != null ? findColumn(request.proposedParentId()).map(SiteColumn::reviewChainId).orElse(null)
                : columns.ofSite(request.siteId()).stream().findFirst().map(SiteColumn::reviewChainId).orElse(null);
        if (request.proposedKind() == ColumnKind.NEWS) {
            chainId = chains.idOf("news-centre").orElse(chainId);
        }
        if (chainId == null) {
            chainId = chains.idOf("government-affairs").orElseThrow();
        }
        SiteColumn column = SiteColumn.create(request.siteId(), request.proposedParentId(), request.proposedCode(),
                request.proposedName(), request.proposedOwnerUnit(), request.proposedKind(), request.proposedUpdateClass(),
                request.proposedIntervalDays(), chainId, columns.nextSortOrder(request.siteId()), at);
        columns.persist(column);
        columns.flush();
        return column;
    }

    Optional<SiteColumn> findColumn(long id) {
        return columns.findByIdOptional(id);
    }

    boolean codeTaken(long siteId, String code) {
        return columns.codeTaken(siteId, code);
    }

    Site findSite(long id) {
        return sites.findByIdOptional(id).filter(Site::active).orElseThrow(() -> ProblemException.notFound("site", id));
    }

    /** True when {@code candidate} is {@code column} or lies below it. */
    boolean isWithin(long candidate, long column) {
        Optional<SiteColumn> current = findColumn(candidate);
        while (current.isPresent()) {
            if (current.get().id() == column) {
                return true;
            }
            current = current.get().parentId() == null ? Optional.empty() : findColumn(current.get().parentId());
        }
        return false;
    }

    private List<ColumnNode> children(Long parentId, List<SiteColumn> all, Map<Long, String> chainNames) {
        return all.stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId))
                .sorted(Comparator.comparingInt(SiteColumn::sortOrder))
                .map(c -> new ColumnNode(c.id(), c.siteId(), c.parentId(), c.code(), c.name(), c.ownerUnit(),
                        organisation.nameOf(c.ownerUnit()), c.kind(), c.kind().label(), c.updateClass(),
                        c.updateClass().label(), c.updateIntervalDays(), c.homepageVisible(), c.lifecycle(), c.sortOrder(),
                        c.reviewChainId(), chainNames.get(c.reviewChainId()), c.lastPublishedAt(),
                        children(c.id(), all, chainNames)))
                .toList();
    }

    private static java.util.stream.Stream<ColumnNode> flatten(ColumnNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node), node.children().stream().flatMap(Sites::flatten));
    }

    private ColumnInfo info(SiteColumn c) {
        Site site = sites.findById(c.siteId());
        return new ColumnInfo(c.id(), c.siteId(), site.code(), site.name(), site.ownerUnit(), c.name(), c.ownerUnit(),
                c.kind(), c.lifecycle(), c.reviewChainId(), c.homepageVisible(), c.parentId());
    }

    private SiteView view(Site site) {
        return new SiteView(site.id(), site.code(), site.name(), site.kind(), site.ownerUnit(),
                organisation.nameOf(site.ownerUnit()), site.description());
    }

}
