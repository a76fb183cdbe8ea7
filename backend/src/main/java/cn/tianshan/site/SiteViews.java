package cn.tianshan.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the sites and columns API. */
public final class SiteViews {

    private SiteViews() {
    }

    public record SiteView(long id, String code, String name, Site.Kind kind, String ownerUnit, String ownerUnitName,
                           String description) {
    }

    /** A column as other features need it. */
    public record ColumnInfo(long id, long siteId, String siteCode, String siteName, String siteOwnerUnit, String name,
                             String ownerUnit, String ownerUnitName, ColumnKind kind, List<String> acceptedKinds,
                             boolean requiresAnnex5, ColumnLifecycle lifecycle, long reviewChainId,
                             boolean homepageVisible, Long parentId, LocalDate endsOn, String externalUrl,
                             boolean dormant) {
        public boolean accepts(String articleKind) {
            return acceptedKinds.contains(articleKind);
        }

        public boolean disclosure() {
            return kind.disclosure();
        }
    }

    public record KindRef(String code, String label) {
    }

    public record ColumnNode(long id, long siteId, Long parentId, String code, String name, String ownerUnit,
                             String ownerUnitName, ColumnKind kind, String kindLabel, List<KindRef> acceptedKinds,
                             @Schema(description = "Its articles need the Annex 5 confidentiality form") boolean requiresAnnex5,
                             UpdateClass updateClass, String updateClassLabel, Integer updateIntervalDays,
                             boolean homepageVisible, ColumnLifecycle lifecycle, int sortOrder, long reviewChainId,
                             String reviewChainName, LocalDateTime lastPublishedAt,
                             @Schema(description = "Units the site office lets publish here besides the owner") List<String> grantedUnitNames,
                             @Schema(description = "A topic column's period (Annex 2)") LocalDate startsOn,
                             LocalDate endsOn,
                             @Schema(description = "A topic column that is an existing topic site elsewhere") String externalUrl,
                             @Schema(description = "Out of homepage and navigation since then, for want of updates (Art. 8)") LocalDateTime dormantSince,
                             List<ColumnNode> children) {
    }

    public record ColumnSettings(boolean homepageVisible,
                                 @Min(1) @Max(3650) Integer updateIntervalDays,
                                 @NotNull Long reviewChainId,
                                 @NotNull ColumnLifecycle lifecycle,
                                 @Schema(description = "Article kinds the column takes; empty for a parent column that takes none")
                                 @NotNull @Size(max = 10) List<@NotBlank @Size(max = 20) String> acceptedKinds,
                                 @Schema(description = "Whether its articles need the Annex 5 confidentiality form") @NotNull Boolean requiresAnnex5) {
    }

    /** A column an editor may draft into: whose it is, which chain it runs, what it takes. */
    public record ColumnChoice(long id, long siteId, String siteName, String path, String ownerUnit, String ownerUnitName,
                               boolean ownColumn, String reviewChainName, List<KindRef> acceptedKinds, boolean requiresAnnex5) {
    }

    public record GrantView(long id, long columnId, String columnName, String unitCode, String unitName, String reason,
                            String grantedByName, LocalDateTime grantedAt, boolean active, String revokedByName,
                            LocalDateTime revokedAt, String revokeReason) {
    }

    public record GrantCommand(@NotBlank @Size(max = 16) String unitCode, @NotBlank @Size(max = 200) String reason) {
    }

    public record RevokeCommand(@NotBlank @Size(max = 200) String reason) {
    }

    public record ColumnChangeCommand(
            @NotNull Long siteId,
            @NotNull ColumnChangeRequest.Type changeType,
            Long columnId,
            @Size(max = 100) String proposedName,
            @Size(max = 60) @Pattern(regexp = "^$|^[a-z0-9][a-z0-9-]{1,59}$", message = "只能包含小写字母、数字和 -")
            String proposedCode,
            Long proposedParentId,
            @Size(max = 16) String proposedOwnerUnit,
            ColumnKind proposedKind,
            UpdateClass proposedUpdateClass,
            @Min(1) @Max(3650) Integer proposedIntervalDays,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record ColumnChangeView(long id, long siteId, String siteName, ColumnChangeRequest.Type changeType,
                                   String changeTypeLabel, String summary, Long columnId, String columnName,
                                   String proposedName, String proposedCode, Long proposedParentId,
                                   String proposedParentName, String proposedOwnerUnit, String proposedOwnerUnitName,
                                   ColumnKind proposedKind, String proposedKindLabel, UpdateClass proposedUpdateClass,
                                   String proposedUpdateClassLabel, Integer proposedIntervalDays, String reason,
                                   String requestingUnit, String requestingUnitName, String requestedBy,
                                   String requestedByName, LocalDateTime requestedAt, ColumnChangeRequest.Status status,
                                   String statusLabel, LocalDateTime carriedOutAt, Long resultingColumnId) {
    }

    /** A request with the review run in progress and the buttons the current user gets. */
    public record ColumnChangeDetail(ColumnChangeView request, cn.tianshan.review.ReviewViews.RunView activeRun,
                                     List<cn.tianshan.review.ReviewViews.ActionView> reviewActions, List<String> allowed) {
    }

    /** A lifecycle warning or transition of a topic column (Art. 8), for the site office's list. */
    public record LifecycleEventView(long id, long columnId, String columnName, String ownerUnitName,
                                     ColumnLifecycleEvent.Type event, String eventLabel, String reason,
                                     LocalDateTime occurredAt) {
    }
}
