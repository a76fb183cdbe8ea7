package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.article.ArticleEnums.WithdrawalKind;
import cn.tianshan.calendar.DueDateHistory;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the articles API (the admin side). */
public final class ArticleViews {

    private ArticleViews() {
    }

    @Schema(description = "An article's editable content. On update, baseRevision is the revision the editor started from")
    public record ArticleCommand(
            @NotNull ArticleKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String subtitle,
            @Size(max = 1000) String summary,
            @NotNull @Size(max = 1_000_000) String body,
            @NotNull @Size(min = 1, max = 10) List<@NotNull Long> columnIds,
            @NotNull Origin origin,
            @Size(max = 100) String sourceName,
            @Size(max = 500) String sourceUrl,
            @NotNull PublicationForm publicationForm,
            @Size(max = 50) String publicationFormOther,
            @NotNull @Schema(description = "The date the information came into being (信息生成日期)") LocalDate infoDate,
            boolean important,
            @Size(max = 100) String documentNumber,
            Validity validity,
            Long interpretsArticleId,
            @Size(max = 50) List<@NotNull Long> attachmentIds,
            Long coverAttachmentId,
            @Schema(description = "Publish at this time after approval (must be in the future); empty: at approval")
            LocalDateTime scheduledAt,
            Integer baseRevision,
            @Valid @Schema(description = "For a service guide (办事指南): its elements; ignored for other kinds") ServiceGuide guide) {
    }

    public record WithdrawCommand(@NotNull WithdrawalKind kind, @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "Submits exactly the revision the editor is looking at")
    public record SubmitCommand(@NotNull @Schema(description = "The revision number on the editor's screen") Integer revision) {
    }

    public record DiscardCommand(@NotBlank @Size(max = 500) String reason) {
    }

    public record ColumnRef(long id, String name, long siteId, String siteCode, String siteName, String ownerUnit,
                            String ownerUnitName,
                            @Schema(description = "Its articles need the Annex 5 confidentiality form") boolean requiresAnnex5) {
    }

    public record AttachmentView(long id, String name, String mediaType, long size, boolean image, String sha256,
                                 LocalDateTime uploadedAt,
                                 @Schema(description = "Uploaded but in no saved revision yet: save it with the article, or delete it, before submitting")
                                 boolean pending,
                                 @Schema(description = "Address to show the image in the body once published") String publicUrl) {
    }

    public record RevisionView(long id, int number, ArticleKind kind, LocalDate infoDate, boolean important,
                               LocalDateTime scheduledAt, String title, String subtitle, String summary, String body,
                               List<Long> columnIds, List<Long> attachmentIds, Long coverAttachmentId, Origin origin,
                               String sourceName, String sourceUrl, PublicationForm publicationForm,
                               String publicationFormOther, String documentNumber, Validity validity,
                               Long interpretsArticleId, String contentHash, String createdBy, String createdByName,
                               LocalDateTime createdAt, ServiceGuide guide) {
    }

    public record RevisionSummary(long id, int number, String title, String createdByName, LocalDateTime createdAt,
                                  String contentHash) {
    }

    public record ArticleSummary(long id, String title, ArticleKind kind, String kindLabel, String unitCode, String unitName,
                              EditorialStatus editorialStatus, String editorialLabel, PublicStatus publicStatus,
                              String publicLabel, int revision, LocalDate infoDate, LocalDate dueDate, boolean overdue,
                              Boolean publishedLate, LocalDateTime updatedAt, LocalDateTime firstPublishedAt,
                              String documentNumber) {
    }

    public record ArticlePage(List<ArticleSummary> articles, long total, int page, int size) {
    }

    public record ArticleDetail(long id, String unitCode, String unitName, EditorialStatus editorialStatus,
                             String editorialLabel, PublicStatus publicStatus, String publicLabel, RevisionView current,
                             Integer publishedRevision, LocalDate dueDate, String dueExplanation, boolean overdue,
                             Boolean publishedLate, String indexNumber, LocalDateTime scheduledAt,
                             LocalDateTime firstPublishedAt, LocalDateTime lastPublishedAt, LocalDateTime withdrawnAt,
                             WithdrawalKind withdrawalKind, String withdrawalLabel, String withdrawalReason,
                             LocalDateTime discardedAt, String discardReason, String authorName, List<ColumnRef> columns,
                             @Schema(description = "Whether publishing needs an agree/agree Annex 5 confidentiality review")
                             boolean requiresAnnex5, List<AttachmentView> attachments, String chainName, RunView activeRun,
                             List<ActionView> reviewActions, List<String> allowed, String publicUrl,
                             @Schema(description = "Every move of the due date: the calendar changed, the information date was corrected")
                             List<DueDateHistory.DueDateChangeView> dueDateHistory,
                             @Schema(description = "For an interpretation: the title of the policy it interprets") String interpretsTitle,
                             @Schema(description = "The revision the caller last opened as a reviewer, to show what changed since") Long lastSeenRevisionId) {
    }

    /** Art. 18 for one unit in a period: articles first published on time, late, and due but unpublished. */
    public record UnitTimeliness(String unitCode, String unitName, long published, long onTime, long late,
                                 long overdueUnpublished) {
    }

    /** A late or overdue article, with the due date it missed and why that was its due date. */
    public record TimelinessEntry(long id, String title, String unitCode, String unitName, ArticleKind kind, String kindLabel,
                                  boolean important, LocalDate infoDate, LocalDate dueDate, String dueExplanation,
                                  LocalDateTime firstPublishedAt, String status) {
    }

    public record TimelinessReport(LocalDate from, LocalDate to, List<UnitTimeliness> units, List<TimelinessEntry> late,
                                   List<TimelinessEntry> overdue,
                                   @Schema(description = "Whether the caller sees every unit (site office, leaders) or only their own") boolean allUnits) {
    }

    /** A policy document an interpretation can link to, found by its title or number. */
    public record PolicyChoice(long id, String title, String documentNumber, String unitName, String publicLabel) {
    }
}
