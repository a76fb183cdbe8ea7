package cn.tianshan.consultation;

import cn.tianshan.consultation.ConsultationEnums.CommentStatus;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.consultation.ConsultationEnums.ConsultationPhase;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.intake.ChallengeAnswer;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** What the consultation API reads and writes. */
public final class ConsultationViews {

    private ConsultationViews() {
    }

    public record ConsultationDraft(
            @NotBlank(message = "请填写标题") @Size(max = 150, message = "标题不能超过 150 字") String title,
            @NotBlank(message = "请填写内容摘要") @Size(max = 500, message = "摘要不能超过 500 字") String summary,
            @NotBlank(message = "请填写征求意见稿全文") @Size(max = 100_000, message = "全文不能超过 10 万字") String body,
            @NotNull(message = "请填写开始时间") LocalDateTime opensAt,
            @NotNull(message = "请填写截止时间") LocalDateTime closesAt,
            boolean contactRequired) {
    }

    public record ClosingNote(@NotBlank(message = "请说明提前结束的原因") @Size(max = 200, message = "原因不能超过 200 字") String note) {
    }

    public record Moderation(boolean show) {
    }

    public record FeedbackCommand(
            @NotBlank(message = "请说明采纳了哪些意见") @Size(max = 5000, message = "不能超过 5000 字") String adopted,
            @NotBlank(message = "请说明未采纳意见的理由") @Size(max = 5000, message = "不能超过 5000 字") String notAdopted,
            @Min(value = 0, message = "采纳条数不能为负") @Max(value = 100_000, message = "采纳条数过大") int adoptedCount) {
    }

    public record CommentView(long id, String content, String name, String contact, LocalDateTime receivedAt, CommentStatus status,
                              String statusLabel, String screening, String moderatedByName, LocalDateTime moderatedAt) {
    }

    public record FeedbackView(int comments, int adoptedCount, String adopted, String notAdopted, LocalDateTime publishedAt,
                               String publishedByName) {
    }

    public record ConsultationSummary(long id, String title, String unitName, DraftStatus status, String statusLabel, ConsultationPhase phase,
                                      String phaseLabel, LocalDateTime opensAt, LocalDateTime closesAt, long comments, String createdByName) {
    }

    public record ConsultationDetail(long id, String unitCode, String unitName, String title, String summary, String body,
                                     LocalDateTime opensAt, LocalDateTime closesAt, boolean contactRequired, DraftStatus status,
                                     String statusLabel, ConsultationPhase phase, String phaseLabel, int revision, String createdByName,
                                     LocalDateTime createdAt, LocalDateTime publishedAt, LocalDateTime closedEarlyAt,
                                     String closedEarlyNote, ClockView feedbackClock, FeedbackView feedback, List<CommentView> comments,
                                     boolean editable, boolean mayWithdraw, boolean mayClose, boolean mayModerate, boolean mayGiveFeedback,
                                     RunView review, List<ActionView> reviewActions, List<RunView> reviewHistory, String publicPath) {
    }

    public record PublicComment(long id, String content, String name, LocalDateTime receivedAt) {
    }

    public record PublicConsultationSummary(long id, String title, String summary, String unitName, ConsultationPhase phase, String phaseLabel,
                                            LocalDateTime opensAt, LocalDateTime closesAt) {
    }

    public record PublicConsultation(long id, String title, String summary, String body, String unitName, LocalDateTime opensAt,
                                     LocalDateTime closesAt, ConsultationPhase phase, String phaseLabel, boolean contactRequired,
                                     List<PublicComment> comments, FeedbackView feedback) {
    }

    public record CommentSubmission(
            @NotBlank(message = "请填写意见") @Size(min = 5, max = 3000, message = "意见须为 5 至 3000 字") String content,
            @Size(max = 50, message = "姓名不能超过 50 字") String name,
            @Size(max = 100, message = "联系方式不能超过 100 字") String contact,
            @Valid @NotNull(message = "缺少人机验证") ChallengeAnswer challenge) {
    }

    public record CommentReceipt(String message) {
    }
}
