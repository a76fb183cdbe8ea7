package cn.tianshan.site;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A column (栏目) of a site's tree, with its owner unit and the review chain its articles go through. */
@Entity
@Table(name = "site_column")
public class SiteColumn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long siteId;
    private Long parentId;
    private String code;
    private String name;
    private String ownerUnit;
    @Enumerated(EnumType.STRING)
    private ColumnKind kind;
    private String acceptedKinds;
    private boolean requiresAnnex5;
    @Enumerated(EnumType.STRING)
    private UpdateClass updateClass;
    private Integer updateIntervalDays;
    private boolean homepageVisible;
    @Enumerated(EnumType.STRING)
    private ColumnLifecycle lifecycle;
    private int sortOrder;
    private long reviewChainId;
    private LocalDateTime lastPublishedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String externalUrl;
    private LocalDateTime dormantSince;

    protected SiteColumn() {
    }

    static SiteColumn create(long siteId, Long parentId, String code, String name, String ownerUnit, ColumnKind kind,
                             UpdateClass updateClass, Integer intervalDays, long chainId, int sortOrder, LocalDateTime at) {
        SiteColumn column = new SiteColumn();
        column.siteId = siteId;
        column.parentId = parentId;
        column.code = code;
        column.name = name;
        column.ownerUnit = ownerUnit;
        column.kind = kind;
        column.acceptedKinds = String.join(",", kind.defaultKinds());
        column.requiresAnnex5 = kind.annex5ByDefault();
        column.updateClass = updateClass;
        column.updateIntervalDays = intervalDays != null ? intervalDays : updateClass.defaultIntervalDays();
        column.homepageVisible = false;
        column.lifecycle = ColumnLifecycle.ACTIVE;
        column.sortOrder = sortOrder;
        column.reviewChainId = chainId;
        column.createdAt = at;
        column.updatedAt = at;
        return column;
    }

    void rename(String newName, LocalDateTime at) {
        requireNotArchived();
        this.name = newName;
        this.updatedAt = at;
    }

    void moveUnder(Long newParentId, LocalDateTime at) {
        requireNotArchived();
        this.parentId = newParentId;
        this.updatedAt = at;
    }

    void retire(LocalDateTime at) {
        requireNotArchived();
        this.lifecycle = ColumnLifecycle.ARCHIVED;
        this.homepageVisible = false;
        this.updatedAt = at;
    }

    void configure(boolean homepage, Integer intervalDays, long chainId, ColumnLifecycle newLifecycle, List<String> kinds,
                   boolean annex5, LocalDateTime at) {
        if (lifecycle == ColumnLifecycle.ARCHIVED && newLifecycle != ColumnLifecycle.ARCHIVED) {
            throw ProblemException.conflict("栏目“" + name + "”已归档，不能恢复；如需要请申请新栏目");
        }
        this.acceptedKinds = String.join(",", kinds);
        this.requiresAnnex5 = annex5;
        this.homepageVisible = homepage && newLifecycle == ColumnLifecycle.ACTIVE;
        this.updateIntervalDays = intervalDays;
        this.reviewChainId = chainId;
        this.lifecycle = newLifecycle;
        this.updatedAt = at;
    }

    void published(LocalDateTime at) {
        this.lastPublishedAt = at;
    }

    /** An approved topic-column application (Annex 2) sets its period and, for an existing topic site, its address. */
    void runsFor(LocalDate from, LocalDate to, String url) {
        this.startsOn = from;
        this.endsOn = to;
        this.externalUrl = url;
    }

    void showOnHomepage() {
        this.homepageVisible = true;
    }

    void takeNoArticles() {
        this.acceptedKinds = "";
    }

    /** Art. 8: not updated for two months, it leaves the homepage and navigation until its next publication. */
    void goDormant(LocalDateTime at) {
        this.dormantSince = at;
        this.updatedAt = at;
    }

    void wakeUp(LocalDateTime at) {
        this.dormantSince = null;
        this.updatedAt = at;
    }

    /** After its end date a topic column stays readable, marked historical, and takes no new articles. */
    void archive(LocalDateTime at) {
        this.lifecycle = ColumnLifecycle.ARCHIVED;
        this.dormantSince = null;
        this.updatedAt = at;
    }

    private void requireNotArchived() {
        if (lifecycle == ColumnLifecycle.ARCHIVED) {
            throw ProblemException.conflict("栏目“" + name + "”已归档，不能再调整");
        }
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public Long parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public ColumnKind kind() {
        return kind;
    }

    /** The article kinds this column takes (empty: a parent column that lists its children's, takes none itself). */
    public List<String> acceptedKinds() {
        return acceptedKinds == null || acceptedKinds.isBlank() ? List.of() : List.of(acceptedKinds.split(","));
    }

    /** Whether its articles need the Annex 5 confidentiality form (先审查、后公开). */
    public boolean requiresAnnex5() {
        return requiresAnnex5;
    }

    public UpdateClass updateClass() {
        return updateClass;
    }

    public Integer updateIntervalDays() {
        return updateIntervalDays;
    }

    public boolean homepageVisible() {
        return homepageVisible;
    }

    public ColumnLifecycle lifecycle() {
        return lifecycle;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long reviewChainId() {
        return reviewChainId;
    }

    public LocalDateTime lastPublishedAt() {
        return lastPublishedAt;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String externalUrl() {
        return externalUrl;
    }

    public LocalDateTime dormantSince() {
        return dormantSince;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    /** Shown in the site's navigation and on its homepage: active and not dormant. */
    public boolean inNavigation() {
        return lifecycle == ColumnLifecycle.ACTIVE && dormantSince == null;
    }

    public boolean publiclyVisible() {
        return lifecycle != ColumnLifecycle.HIDDEN;
    }
}
