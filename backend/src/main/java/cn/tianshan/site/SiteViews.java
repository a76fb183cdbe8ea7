package cn.tianshan.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response bodies of the sites and columns API. */
public final class SiteViews {

    private SiteViews() {
    }

    public record SiteView(long id, String code, String name, Site.Kind kind, String ownerUnit, String ownerUnitName,
                           String description) {
    }

    /** A column as other features need it. */
    public record ColumnInfo(long id, long siteId, String siteCode, String siteName, String siteOwnerUnit, String name,
                             String ownerUnit, ColumnKind kind, ColumnLifecycle lifecycle, long reviewChainId,
                             boolean homepageVisible, Long parentId) {
        public boolean governmentAffairs() {
            return kind.governmentAffairs();
        }
    }

    public record ColumnNode(long id, long siteId, Long parentId, String code, String name, String ownerUnit,
                             String ownerUnitName, ColumnKind kind, String kindLabel, UpdateClass updateClass,
                             String updateClassLabel, Integer updateIntervalDays, boolean homepageVisible,
                             ColumnLifecycle lifecycle, int sortOrder, long reviewChainId, String reviewChainName,
                             LocalDateTime lastPublishedAt, List<ColumnNode> children) {
    }

    public record ColumnSettings(boolean homepageVisible,
                                 @Min(1) @Max(3650) Integer updateIntervalDays,
                                 @NotNull Long reviewChainId,
                                 @NotNull ColumnLifecycle lifecycle) {
    }

    public record ColumnChangeCommand(
            @NotNull Long siteId,
            @NotNull ColumnChangeRequest.Type changeType,
            Long columnId,
            @Size(max = 100) String proposedName,
            @Size(max = 60) @Pattern(regexp = "^$|^[a-z0-9][a-z0-9-]{1,59}$", message = "lower-case letters, digits and -")
            String proposedCode,
            Long proposedParentId,
            @Size(max = 16) String proposedOwnerUnit,
            ColumnKind proposedKind,
            UpdateClass proposedUpdateClass,
            @Min(1) @Max(3650) Integer proposedIntervalDays,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record ColumnChangeView(long id, long siteId, String siteName, ColumnChangeRequest.Type changeType,
                                   String summary, Long columnId, String proposedName, String proposedCode,
                                   Long proposedParentId, String proposedOwnerUnit, ColumnKind proposedKind,
                                   UpdateClass proposedUpdateClass, String reason, String requestingUnit,
                                   String requestingUnitName, String requestedByName, LocalDateTime requestedAt,
                                   ColumnChangeRequest.Status status, LocalDateTime carriedOutAt,
                                   Long resultingColumnId) {
    }
}
