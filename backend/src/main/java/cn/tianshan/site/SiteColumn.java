package cn.tianshan.site;

import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

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

    void configure(boolean homepage, Integer intervalDays, long chainId, ColumnLifecycle newLifecycle, LocalDateTime at) {
        if (lifecycle == ColumnLifecycle.ARCHIVED && newLifecycle != ColumnLifecycle.ARCHIVED) {
            throw ProblemException.conflict("an archived column stays archived; request a new column instead");
        }
        this.homepageVisible = homepage && newLifecycle == ColumnLifecycle.ACTIVE;
        this.updateIntervalDays = intervalDays;
        this.reviewChainId = chainId;
        this.lifecycle = newLifecycle;
        this.updatedAt = at;
    }

    void published(LocalDateTime at) {
        this.lastPublishedAt = at;
    }

    private void requireNotArchived() {
        if (lifecycle == ColumnLifecycle.ARCHIVED) {
            throw ProblemException.conflict("column " + name + " is archived");
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

    public boolean publiclyVisible() {
        return lifecycle != ColumnLifecycle.HIDDEN;
    }
}
