package cn.tianshan.site;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkSource.Occurrence;
import cn.tianshan.org.Organisation;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.site.SiteRepositories.ColumnRepository;
import cn.tianshan.site.SiteRepositories.GrantRepository;
import cn.tianshan.site.SiteRepositories.SiteRepository;
import cn.tianshan.site.SiteViews.ColumnChoice;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.ColumnSettings;
import cn.tianshan.site.SiteViews.GrantCommand;
import cn.tianshan.site.SiteViews.GrantView;
import cn.tianshan.site.SiteViews.KindRef;
import cn.tianshan.site.SiteViews.RevokeCommand;
import cn.tianshan.site.SiteViews.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sites and their column trees. Other features ask here about a column: owner, kinds it takes, chain, whether its
 * articles need the Annex 5 form, and who may publish into it (谁主管、谁发布: its owner, and the units the site
 * office has granted it to).
 */
@ApplicationScoped
public class Sites {

    private final SiteRepository sites;
    private final ColumnRepository columns;
    private final GrantRepository grants;
    private final Organisation organisation;
    private final ReviewChains chains;
    private final Instance<ContentKinds> kinds;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final PublicChangeLog publicChanges;
    private final ColumnLifecycleEvents lifecycle;
    private final Clock clock;

    Sites(SiteRepository sites, ColumnRepository columns, GrantRepository grants, Organisation organisation,
          ReviewChains chains, Instance<ContentKinds> kinds, AccessPolicy access, CurrentUser user, AuditTrail audit,
          PublicChangeLog publicChanges, ColumnLifecycleEvents lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.sites = sites;
        this.columns = columns;
        this.grants = grants;
        this.organisation = organisation;
        this.chains = chains;
        this.kinds = kinds;
        this.access = access;
        this.user = user;
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
        Map<Long, String> chainNames = chains.all().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        Map<Long, List<String>> granted = publicOnly ? Map.of() : grants.allActive().stream()
                .collect(Collectors.groupingBy(ColumnPublishingGrant::columnId,
                        Collectors.mapping(g -> organisation.nameOf(g.unitCode()), Collectors.toList())));
        return children(null, all, chainNames, granted);
    }

    public ColumnInfo column(long id) {
        return findColumn(id).map(this::info).orElseThrow(() -> ProblemException.notFound("栏目", id));
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

    /** 谁主管、谁发布: a unit publishes into the columns it owns, and those the site office granted it. */
    public boolean mayPublish(long columnId, String unitCode) {
        return findColumn(columnId).map(c -> c.ownerUnit().equals(unitCode) || grants.active(columnId, unitCode)).orElse(false);
    }

    /** The active columns a unit may draft into, each with its owner, chain and the kinds it takes. */
    public List<ColumnChoice> choicesFor(String unitCode) {
        Map<Long, String> chainNames = chains.all().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        List<Long> granted = grants.activeFor(unitCode).stream().map(ColumnPublishingGrant::columnId).toList();
        List<ColumnChoice> choices = new ArrayList<>();
        for (Site site : sites.active()) {
            for (SiteColumn c : columns.ofSite(site.id())) {
                boolean own = c.ownerUnit().equals(unitCode);
                if ((own || granted.contains(c.id())) && c.lifecycle() != ColumnLifecycle.ARCHIVED && !c.acceptedKinds().isEmpty()) {
                    choices.add(new ColumnChoice(c.id(), site.id(), site.name(), pathName(c), c.ownerUnit(),
                            organisation.nameOf(c.ownerUnit()), own, chainNames.get(c.reviewChainId()), kindRefs(c.acceptedKinds()),
                            c.requiresAnnex5()));
                }
            }
        }
        return choices;
    }

    /** A publication updates its columns, and brings a dormant topic column above them back (Art. 8). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPublished(Collection<Long> columnIds, LocalDateTime at) {
        columnIds.forEach(id -> findColumn(id).ifPresent(c -> c.published(at)));
        List<SiteColumn> dormant = columnIds.stream().map(this::findColumn).flatMap(Optional::stream).map(this::root).distinct()
                .filter(c -> c.dormantSince() != null).toList();
        dormant.forEach(c -> lifecycle.wakeUp(c, at));
        if (!dormant.isEmpty()) {
            // The topic is back in the homepage and navigation: a change to the site's structure.
            publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        }
    }

    /**
     * Opens an approved topic column (Annex 2) on the main site, with its inner columns, in the caller's
     * transaction: the column exists exactly when the last opinion is recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long openTopicColumn(TopicColumnSpec spec, LocalDateTime at) {
        Site main = mainSite().orElseThrow(() -> ProblemException.conflict("没有主站，无法开设专题专栏"));
        long chainId = chains.idOf("government-affairs").orElseThrow(() -> ProblemException.conflict("缺少“政务信息审核”流程"));
        if (topLevelNameTaken(spec.name())) {
            throw ProblemException.conflict("主站已有在用的顶级栏目“" + spec.name() + "”，不能重复开设");
        }
        SiteColumn topic = SiteColumn.create(main.id(), null, spec.code(), spec.name(), spec.ownerUnit(), ColumnKind.TOPIC,
                UpdateClass.REGULAR, TopicColumnLifecycle.DORMANT_AFTER_DAYS, chainId, columns.nextSortOrder(main.id()), at);
        topic.runsFor(spec.startsOn(), spec.endsOn(), spec.externalUrl());
        topic.showOnHomepage();
        if (!spec.inner().isEmpty() || spec.externalUrl() != null) {
            topic.takeNoArticles();
        }
        columns.persist(topic);
        columns.flush();
        int n = 1;
        for (TopicColumnSpec.Inner inner : spec.inner()) {
            SiteColumn child = SiteColumn.create(main.id(), topic.id(), spec.code() + "-" + n++, inner.name(), inner.ownerUnit(),
                    ColumnKind.TOPIC, inner.updateClass(), null, chainId, columns.nextSortOrder(main.id()), at);
            child.runsFor(spec.startsOn(), spec.endsOn(), null);
            columns.persist(child);
            columns.flush();
        }
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return topic.id();
    }

    /** The latest lifecycle warnings and transitions of topic columns, newest first (site office, technical department). */
    public List<SiteViews.LifecycleEventView> lifecycleEvents() {
        access.require(Role.SITE_OFFICE, Role.TECH_OPS);
        return lifecycle.recent(200).stream().map(e -> {
            SiteColumn c = findColumn(e.columnId()).orElseThrow();
            return new SiteViews.LifecycleEventView(e.id(), c.id(), pathName(c), organisation.nameOf(c.ownerUnit()), e.event(),
                    e.event().label(), e.reason(), e.occurredAt());
        }).toList();
    }

    /** Something a unit answers for on the sites (Annex 1): a main-site column, a topic site or a topic column. */
    public record OwnedPlace(String category, String key, String name, String unitCode) {
    }

    /**
     * Every place each unit answers for now: the main site's columns it owns (topic columns apart), the topic
     * sites it owns and its topic columns on the main site; archived ones are done with.
     */
    public List<OwnedPlace> ownedPlaces() {
        List<OwnedPlace> places = new ArrayList<>();
        for (Site site : sites.active()) {
            if (site.kind() == Site.Kind.TOPIC) {
                places.add(new OwnedPlace("TOPIC_SITE", "site:" + site.id(), site.name(), site.ownerUnit()));
                continue;
            }
            for (SiteColumn c : columns.ofSite(site.id())) {
                if (c.lifecycle() == ColumnLifecycle.ARCHIVED) {
                    continue;
                }
                if (c.kind() == ColumnKind.TOPIC) {
                    if (c.parentId() == null) {
                        places.add(new OwnedPlace("TOPIC_COLUMN", "column:" + c.id(), c.name(), c.ownerUnit()));
                    }
                } else {
                    places.add(new OwnedPlace("MAIN_COLUMN", "column:" + c.id(), pathName(c), c.ownerUnit()));
                }
            }
        }
        return places;
    }

    /** Columns that lead to an existing topic site elsewhere: their addresses, for the reachability monitor. */
    public List<Occurrence> externalAddresses() {
        return sites.active().stream().flatMap(site -> columns.ofSite(site.id()).stream())
                .filter(c -> c.externalUrl() != null && c.lifecycle() != ColumnLifecycle.ARCHIVED)
                .map(c -> new Occurrence(c.externalUrl(), "column", c.id(), "栏目：" + c.name(),
                        c.ownerUnit(), "/columns/" + c.id()))
                .toList();
    }

    /** Whether the main site has an active or dormant top-level column of this name. */
    public boolean topLevelNameTaken(String name) {
        return mainSite().stream().flatMap(m -> columns.ofSite(m.id()).stream())
                .anyMatch(c -> c.parentId() == null && c.name().equals(name) && c.lifecycle() != ColumnLifecycle.ARCHIVED);
    }

    private Optional<Site> mainSite() {
        return sites.active().stream().filter(s -> s.kind() == Site.Kind.MAIN).findFirst();
    }

    /** The top-level column a column lies under (itself, for a top-level column). */
    SiteColumn root(SiteColumn column) {
        SiteColumn current = column;
        while (current.parentId() != null) {
            current = findColumn(current.parentId()).orElseThrow();
        }
        return current;
    }

    List<SiteColumn> below(long columnId) {
        SiteColumn column = findColumn(columnId).orElseThrow();
        return columns.ofSite(column.siteId()).stream().filter(c -> c.id() != columnId && isWithin(c.id(), columnId)).toList();
    }

    /**
     * The site office sets a column's homepage visibility, update interval, review chain, lifecycle, the kinds
     * it takes and whether its articles need the Annex 5 form.
     */
    @Transactional
    public ColumnNode configure(long columnId, @Valid ColumnSettings settings) {
        access.require(Role.SITE_OFFICE);
        SiteColumn column = findColumn(columnId).orElseThrow(() -> ProblemException.notFound("栏目", columnId));
        List<FieldError> errors = new ArrayList<>();
        if (!chains.exists(settings.reviewChainId()) || !ReviewChains.ARTICLE.equals(chains.subjectTypeOf(settings.reviewChainId()))) {
            errors.add(new FieldError("reviewChainId", "没有这个信息审核流程"));
        }
        Map<String, String> known = knownKinds();
        List<String> accepted = List.copyOf(new LinkedHashSet<>(settings.acceptedKinds()));
        for (int i = 0; i < accepted.size(); i++) {
            if (!known.containsKey(accepted.get(i))) {
                errors.add(new FieldError("acceptedKinds[" + i + "]", "没有“" + accepted.get(i) + "”这种信息类别"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        column.configure(settings.homepageVisible(), settings.updateIntervalDays(), settings.reviewChainId(),
                settings.lifecycle(), accepted, settings.requiresAnnex5(), Timestamps.now(clock));
        audit.target("column", columnId);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return node(column.siteId(), columnId);
    }

    public List<GrantView> grants(long columnId) {
        SiteColumn column = findColumn(columnId).orElseThrow(() -> ProblemException.notFound("栏目", columnId));
        return grants.ofColumn(columnId).stream().map(g -> grantView(g, column)).toList();
    }

    /** The site office lets a unit publish into a column it does not own; the owner still reviews each article. */
    @Transactional
    public GrantView grant(long columnId, @Valid GrantCommand command) {
        access.require(Role.SITE_OFFICE);
        SiteColumn column = findColumn(columnId).orElseThrow(() -> ProblemException.notFound("栏目", columnId));
        String unit = command.unitCode().trim();
        if (organisation.kindOf(unit).filter(k -> k.responsible()).isEmpty()) {
            throw ProblemException.invalid("unitCode", "没有责任单位“" + unit + "”");
        }
        if (unit.equals(column.ownerUnit())) {
            throw ProblemException.invalid("unitCode", organisation.nameOf(unit) + "是栏目“" + column.name() + "”的主管单位，无需授权");
        }
        if (grants.active(columnId, unit)) {
            throw ProblemException.conflict(organisation.nameOf(unit) + "已获授权在栏目“" + column.name() + "”发布信息");
        }
        ColumnPublishingGrant grant = ColumnPublishingGrant.of(columnId, unit, command.reason().trim(), user.username(),
                user.displayName(), Timestamps.now(clock));
        grants.persist(grant);
        grants.flush();
        audit.target("column-grant", columnId + "→" + unit);
        return grantView(grant, column);
    }

    @Transactional
    public GrantView revoke(long columnId, long grantId, @Valid RevokeCommand command) {
        access.require(Role.SITE_OFFICE);
        SiteColumn column = findColumn(columnId).orElseThrow(() -> ProblemException.notFound("栏目", columnId));
        ColumnPublishingGrant grant = grants.findByIdOptional(grantId).filter(g -> g.columnId() == columnId)
                .orElseThrow(() -> ProblemException.notFound("发布授权", grantId));
        grant.revoke(command.reason().trim(), user.username(), user.displayName(), Timestamps.now(clock));
        audit.target("column-grant", columnId + "→" + grant.unitCode());
        return grantView(grant, column);
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
        return sites.findByIdOptional(id).filter(Site::active).orElseThrow(() -> ProblemException.notFound("网站", id));
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

    /** "政务公开 / 政策文件". */
    String pathName(SiteColumn column) {
        return path(column.id()).stream().map(ColumnInfo::name).collect(Collectors.joining(" / "));
    }

    private ColumnNode node(long siteId, long columnId) {
        return tree(siteId, false).stream().flatMap(Sites::flatten).filter(n -> n.id() == columnId).findFirst().orElseThrow();
    }

    private List<ColumnNode> children(Long parentId, List<SiteColumn> all, Map<Long, String> chainNames,
                                      Map<Long, List<String>> granted) {
        return all.stream().filter(c -> Objects.equals(c.parentId(), parentId))
                .sorted(Comparator.comparingInt(SiteColumn::sortOrder))
                .map(c -> new ColumnNode(c.id(), c.siteId(), c.parentId(), c.code(), c.name(), c.ownerUnit(),
                        organisation.nameOf(c.ownerUnit()), c.kind(), c.kind().label(), kindRefs(c.acceptedKinds()),
                        c.requiresAnnex5(), c.updateClass(), c.updateClass().label(), c.updateIntervalDays(),
                        c.homepageVisible(), c.lifecycle(), c.sortOrder(), c.reviewChainId(), chainNames.get(c.reviewChainId()),
                        c.lastPublishedAt(), granted.getOrDefault(c.id(), List.of()), c.startsOn(), c.endsOn(),
                        c.externalUrl(), c.dormantSince(), children(c.id(), all, chainNames, granted)))
                .toList();
    }

    private static java.util.stream.Stream<ColumnNode> flatten(ColumnNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node), node.children().stream().flatMap(Sites::flatten));
    }

    private Map<String, String> knownKinds() {
        return kinds.isResolvable() ? kinds.get().all() : Map.of();
    }

    private List<KindRef> kindRefs(List<String> codes) {
        Map<String, String> known = knownKinds();
        return codes.stream().map(code -> new KindRef(code, known.getOrDefault(code, code))).toList();
    }

    private GrantView grantView(ColumnPublishingGrant g, SiteColumn column) {
        return new GrantView(g.id(), g.columnId(), column.name(), g.unitCode(), organisation.nameOf(g.unitCode()), g.reason(),
                g.grantedByName(), g.grantedAt(), g.active(), g.revokedByName(), g.revokedAt(), g.revokeReason());
    }

    private ColumnInfo info(SiteColumn c) {
        Site site = sites.findById(c.siteId());
        return new ColumnInfo(c.id(), c.siteId(), site.code(), site.name(), site.ownerUnit(), c.name(), c.ownerUnit(),
                organisation.nameOf(c.ownerUnit()), c.kind(), c.acceptedKinds(), c.requiresAnnex5(), c.lifecycle(),
                c.reviewChainId(), c.homepageVisible(), c.parentId(), c.endsOn(), c.externalUrl(), c.dormantSince() != null);
    }

    private SiteView view(Site site) {
        return new SiteView(site.id(), site.code(), site.name(), site.kind(), site.ownerUnit(),
                organisation.nameOf(site.ownerUnit()), site.description());
    }
}
