package cn.tianshan.interview;

import cn.tianshan.intake.ChallengeAnswer;
import cn.tianshan.interview.InterviewEnums.InterviewPhase;
import cn.tianshan.interview.InterviewEnums.QuestionStatus;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the interview API reads and writes. */
public final class InterviewViews {

    private InterviewViews() {
    }

    public record Guest(
            @NotBlank(message = "请填写嘉宾姓名") @Size(max = 50, message = "姓名不能超过 50 字") String name,
            @NotBlank(message = "请填写嘉宾职务") @Size(max = 100, message = "职务不能超过 100 字") String title,
            @Schema(description = "A photo uploaded to this interview (POST /api/interviews/{id}/guest-photos); empty: none") Long photoId,
            @Schema(description = "Where the photo is shown (filled in answers, ignored in requests)", readOnly = true) String photoUrl) {

        Guest withPhotoUrl(String url) {
            return new Guest(name, title, photoId, url);
        }
    }

    public record GuestPhoto(long id, String url) {
    }

    public record InterviewDraft(
            @NotBlank(message = "请填写访谈主题") @Size(max = 150, message = "主题不能超过 150 字") String title,
            @NotBlank(message = "请填写访谈简介") @Size(max = 3000, message = "简介不能超过 3000 字") String description,
            @NotNull(message = "请填写开始时间") LocalDateTime startsAt,
            @NotNull(message = "请填写结束时间") LocalDateTime endsAt,
            @NotEmpty(message = "至少要有一位嘉宾") @Size(max = 10, message = "最多 10 位嘉宾") List<@Valid @NotNull Guest> guests) {
    }

    public record RejectionCommand(@NotBlank(message = "请说明不采用的原因") @Size(max = 200, message = "不能超过 200 字") String note) {
    }

    public record MergeCommand(@NotNull(message = "请选择合并到哪个问题") Long into) {
    }

    public record AnswerCommand(
            @NotBlank(message = "请选择回答的嘉宾") @Size(max = 50) String guest,
            @NotBlank(message = "请填写回答") @Size(max = 10_000, message = "回答不能超过 1 万字") String text) {
    }

    public record RecordCommand(@NotBlank(message = "请填写访谈综述") @Size(max = 5000, message = "综述不能超过 5000 字") String summary) {
    }

    public record InterviewQuestionView(long id, String content, String askerName, LocalDateTime receivedAt, QuestionStatus status,
                               String statusLabel, String screening, Integer sequence, Long mergedInto, String moderationNote,
                               String moderatedByName, String answer, String answeredBy, LocalDateTime answeredAt) {
    }

    public record InterviewSummary(long id, String title, String unitName, DraftStatus status, String statusLabel, InterviewPhase phase,
                                   String phaseLabel, LocalDateTime startsAt, LocalDateTime endsAt, String createdByName) {
    }

    public record InterviewDetail(long id, String unitCode, String unitName, String title, String description, LocalDateTime startsAt,
                                  LocalDateTime endsAt, List<Guest> guests, DraftStatus status, String statusLabel, InterviewPhase phase,
                                  String phaseLabel, String createdByName, LocalDateTime createdAt, LocalDateTime publishedAt,
                                  String recordSummary, LocalDateTime recordPublishedAt, List<InterviewQuestionView> questions, boolean editable,
                                  boolean mayWithdraw, boolean mayModerate, RunView review, List<ActionView> reviewActions,
                                  List<RunView> reviewHistory, String publicPath) {
    }

    /** A question as the public sees it: accepted, in its place in the running order, with the answer once given. */
    public record PublicQuestion(long id, int sequence, String content, String askerName, String answer, String answeredBy,
                                 LocalDateTime answeredAt) {
    }

    public record PublicInterviewSummary(long id, String title, String unitName, InterviewPhase phase, String phaseLabel,
                                         LocalDateTime startsAt, LocalDateTime endsAt) {
    }

    public record PublicInterview(long id, String title, String description, String unitName, LocalDateTime startsAt,
                                  LocalDateTime endsAt, InterviewPhase phase, String phaseLabel, List<Guest> guests,
                                  List<PublicQuestion> questions, boolean acceptingQuestions, String recordSummary) {
    }

    public record QuestionSubmission(
            @NotBlank(message = "请填写问题") @Size(min = 5, max = 1000, message = "问题须为 5 至 1000 字") String content,
            @Size(max = 50, message = "称呼不能超过 50 字") String name,
            @Valid @NotNull(message = "缺少人机验证") ChallengeAnswer challenge) {
    }

    public record QuestionReceipt(String message) {
    }
}
