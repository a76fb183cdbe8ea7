package cn.tianshan.mailbox;

import cn.tianshan.common.web.Phones;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.intake.ChallengeAnswer;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class MailboxViews {

    private MailboxViews() {
    }

    // --- the public's side ---

    public record LetterSubmission(
            @NotNull(message = "请选择来信类型") LetterKind kind,
            @NotBlank(message = "请填写标题") @Size(max = 100, message = "标题不能超过 100 个字") String subject,
            @NotBlank(message = "请填写来信内容") @Size(min = 10, max = 5000, message = "来信内容须为 10 至 5000 个字") String content,
            @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过 50 个字") String name,
            @NotBlank(message = "请填写联系电话") @Pattern(regexp = Phones.MOBILE + "|" + Phones.OFFICE,
                    message = "联系电话须为 11 位手机号码或区号加号码，如 13800000000、0991-1234567") String phone,
            @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不能超过 100 个字符") String email,
            boolean consentToPublish,
            @NotBlank(message = "请设置查询密码") @Size(min = 6, max = 64, message = "查询密码须为 6 至 64 个字符") String password,
            @Size(max = 64, message = "附件凭据无效") String attachmentToken,
            @NotNull(message = "缺少人机验证，请刷新页面后重新提交") @Valid ChallengeAnswer challenge) {
    }

    public record LetterReceipt(String trackingCode, LocalDateTime receivedAt, LocalDate dueOn, String message) {
    }

    public record TrackingQuery(
            @NotBlank(message = "请填写查询码") @Size(max = 20, message = "查询码或密码不正确") String trackingCode,
            @NotBlank(message = "请填写查询密码") @Size(max = 64, message = "查询码或密码不正确") String password) {
    }

    public record RatingCommand(
            @NotBlank(message = "请填写查询码") @Size(max = 20, message = "查询码或密码不正确") String trackingCode,
            @NotBlank(message = "请填写查询密码") @Size(max = 64, message = "查询码或密码不正确") String password,
            @NotNull(message = "请选择满意度") Rating rating,
            @Size(max = 500, message = "评价说明不能超过 500 个字") String comment) {
    }

    public record ClarificationCommand(
            @NotBlank(message = "请填写查询码") @Size(max = 20, message = "查询码或密码不正确") String trackingCode,
            @NotBlank(message = "请填写查询密码") @Size(max = 64, message = "查询码或密码不正确") String password,
            @NotBlank(message = "请填写补充说明") @Size(max = 2000, message = "补充说明不能超过 2000 个字") String text) {
    }

    public record WriterStep(LocalDateTime at, String note) {
    }

    /** What the writer sees with code and password: no handler names, no internal notes. */
    public record LetterStatusView(String trackingCode, LetterKind kind, String kindLabel, String subject, String content,
                                   LetterStatus status, String statusLabel, LocalDateTime receivedAt, String unitName,
                                   LocalDate dueOn, String clarificationRequest, String reply, LocalDateTime repliedAt,
                                   Rating rating, String ratingLabel, boolean mayRate, boolean mayClarify,
                                   List<WriterStep> steps) {
    }

    public record PublicLetter(long id, String kindLabel, String subject, String content, String reply, LocalDate receivedOn,
                               LocalDate answeredOn, String unitName) {
    }

    public record PublicLetterPage(List<PublicLetter> letters, long total, int page, int size) {
    }

    public record MonthUnitRow(String month, String unitCode, String unitName, long received, long answered,
                               long answeredOnTime, Double averageWorkingDays) {
    }

    public record MailboxStatisticsView(int year, long received, long answered, long answeredOnTime, Double averageWorkingDays,
                                        List<MonthUnitRow> rows) {
    }

    // --- staff's side ---

    public record DispatchCommand(
            @NotBlank(message = "请选择承办单位") @Size(max = 16, message = "单位代码无效") String unitCode,
            @Size(max = 500, message = "转办说明不能超过 500 个字") String note) {
    }

    public record ReasonCommand(@NotBlank(message = "请填写理由") @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record ScreeningDecision(
            @NotNull(message = "请选择甄别结论") Boolean accept,
            @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record ReplyDraft(@NotBlank(message = "请填写答复内容") @Size(max = 5000, message = "答复不能超过 5000 个字") String text) {
    }

    public record ExtensionRequest(
            @Min(value = 1, message = "延期天数至少 1 个工作日") @Max(value = 5, message = "延期后自收信之日起不得超过 10 个工作日") int days,
            @NotBlank(message = "请填写延期理由") @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record ExtensionDecision(@NotNull(message = "请选择是否同意延期") Boolean approve,
                                    @Size(max = 500, message = "意见不能超过 500 个字") String opinion) {
    }

    public record ClarificationRequest(@NotBlank(message = "请填写需要来信人补充的内容") @Size(max = 1000, message = "不能超过 1000 个字") String request) {
    }

    public record ReopenDecision(@NotNull(message = "请选择复核结论") Boolean redo,
                                 @NotBlank(message = "请填写复核意见") @Size(max = 500, message = "意见不能超过 500 个字") String reason) {
    }

    public record Publication(
            @NotBlank(message = "请填写公开标题") @Size(max = 100, message = "标题不能超过 100 个字") String subject,
            @NotBlank(message = "请填写公开的来信内容") @Size(max = 5000, message = "内容不能超过 5000 个字") String content,
            @NotBlank(message = "请填写公开的答复内容") @Size(max = 5000, message = "答复不能超过 5000 个字") String reply,
            @AssertTrue(message = "请确认已逐字检查个人信息") boolean reviewed) {
    }

    public record LetterRow(long id, String trackingCode, LetterKind kind, String kindLabel, String subject, LetterStatus status,
                            String statusLabel, LocalDateTime receivedAt, String unitCode, String unitName, LocalDate dueOn,
                            String clockState, String clockStateLabel, int remainingWorkingDays, boolean published) {
    }

    public record LetterPage(List<LetterRow> letters, int page, int size) {
    }

    public record Writer(String name, String phone, String email) {
    }

    public record HandlingStep(LocalDateTime at, String event, String note, String actorName, boolean shownToWriter) {
    }

    public record PublicationDraft(String subject, String content, String reply, List<PiiMasking.Finding> findings) {
    }

    /**
     * A letter as its handlers see it. {@code writer} is present only for those handling it (and each such read is
     * audited); {@code allowed} lists the actions the server will accept from the current user.
     */
    public record LetterDetail(long id, String trackingCode, LetterKind kind, String kindLabel, String subject, String content,
                               Writer writer, boolean consentToPublish, String attachmentName, Long attachmentSize,
                               LetterStatus status, String statusLabel, String screeningReasons, Long duplicateOf,
                               LocalDateTime receivedAt, String unitCode, String unitName, LocalDateTime dispatchedAt,
                               String dispatchedByName, String replyDraft, String draftedByName, String reply,
                               LocalDateTime repliedAt, Integer extensionDays, String extensionReason,
                               String clarificationRequest, Rating rating, String ratingLabel, String ratingComment,
                               boolean published, String publicSubject, String publicContent, String publicReply,
                               ClockView clock, List<String> allowed, RunView review, List<ActionView> reviewActions,
                               List<HandlingStep> steps, PublicationDraft publicationDraft) {
    }
}
