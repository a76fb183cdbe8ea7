package cn.tianshan.disclosure;

import cn.tianshan.common.web.Phones;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.disclosure.DisclosureEnums.ApplicantType;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryForm;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryMethod;
import cn.tianshan.disclosure.DisclosureEnums.ExtensionStatus;
import cn.tianshan.disclosure.DisclosureEnums.ReplyType;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.intake.ChallengeAnswer;
import jakarta.validation.Valid;
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

public final class DisclosureViews {

    private DisclosureViews() {
    }

    /** The application form of the regulation (Art. 29): who applies, how to reach them, what and in what form. */
    public record DisclosureApplication(
            @NotNull(message = "请选择申请人类型") ApplicantType applicantType,
            @NotBlank(message = "请填写申请人姓名或单位名称") @Size(max = 100, message = "申请人名称不能超过 100 个字") String applicantName,
            @NotBlank(message = "请选择证件类型") @Size(max = 30, message = "证件类型不能超过 30 个字") String idKind,
            @NotBlank(message = "请填写证件号码") @Size(max = 40, message = "证件号码不能超过 40 个字符") String idNumber,
            @Size(max = 50, message = "联系人不能超过 50 个字") String contactName,
            @NotBlank(message = "请填写联系电话") @Pattern(regexp = Phones.MOBILE + "|" + Phones.OFFICE,
                    message = "联系电话须为 11 位手机号码或区号加号码，如 13800000000、0991-1234567") String phone,
            @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不能超过 100 个字符") String email,
            @NotBlank(message = "请填写通信地址") @Size(max = 200, message = "通信地址不能超过 200 个字") String address,
            @Pattern(regexp = "^$|^\\d{6}$", message = "邮政编码须为 6 位数字") String postalCode,
            @NotBlank(message = "请描述所需政府信息") @Size(min = 10, max = 3000, message = "所需信息的描述须为 10 至 3000 个字") String description,
            @Size(max = 500, message = "用途不能超过 500 个字") String purpose,
            @NotNull(message = "请选择信息的提供形式") DeliveryForm deliveryForm,
            @NotNull(message = "请选择获取方式") DeliveryMethod deliveryMethod,
            @NotBlank(message = "请设置查询密码") @Size(min = 6, max = 64, message = "查询密码须为 6 至 64 个字符") String password,
            @NotNull(message = "缺少人机验证，请刷新页面后重新提交") @Valid ChallengeAnswer challenge) {
    }

    public record DisclosureReceipt(String trackingCode, LocalDateTime receivedAt, LocalDate replyDueOn, String message) {
    }

    public record DisclosureTrackingQuery(
            @NotBlank(message = "请填写查询码") @Size(max = 20, message = "查询码或密码不正确") String trackingCode,
            @NotBlank(message = "请填写查询密码") @Size(max = 64, message = "查询码或密码不正确") String password) {
    }

    public record SupplementCommand(
            @NotBlank(message = "请填写查询码") @Size(max = 20, message = "查询码或密码不正确") String trackingCode,
            @NotBlank(message = "请填写查询密码") @Size(max = 64, message = "查询码或密码不正确") String password,
            @NotBlank(message = "请填写补正内容") @Size(max = 3000, message = "补正内容不能超过 3000 个字") String text) {
    }

    public record ApplicantStep(LocalDateTime at, String note) {
    }

    public record DisclosureStatusView(String trackingCode, RequestStatus status, String statusLabel, String description,
                                       LocalDateTime receivedAt, LocalDate replyDueOn, String correctionNote, boolean maySupplement,
                                       ReplyType replyType, String replyTypeLabel, String legalGround, String replyText,
                                       LocalDateTime repliedAt, boolean hasReplyDocument, List<ApplicantStep> steps) {
    }

    // --- staff ---

    public record RegisterCommand(@NotBlank(message = "请选择承办单位") @Size(max = 16, message = "单位代码无效") String unitCode,
                                  @Size(max = 500, message = "说明不能超过 500 个字") String note) {
    }

    public record NoteCommand(@NotBlank(message = "请填写内容") @Size(max = 2000, message = "不能超过 2000 个字") String note) {
    }

    public record DisclosureExtensionRequest(
            @Min(value = 1, message = "延期至少 1 个工作日") @Max(value = 20, message = "延期不得超过 20 个工作日") int days,
            @NotBlank(message = "请填写延期理由") @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record DisclosureExtensionDecision(@NotNull(message = "请选择是否同意延期") Boolean approve,
                                              @Size(max = 500, message = "意见不能超过 500 个字") String opinion) {
    }

    public record ReplyCommand(
            @NotNull(message = "请选择答复类型") ReplyType replyType,
            @Size(max = 500, message = "法律依据不能超过 500 个字") String legalGround,
            @NotBlank(message = "请填写答复内容") @Size(max = 5000, message = "答复不能超过 5000 个字") String text) {
    }

    public record DeliveryCommand(
            @NotBlank(message = "请填写送达记录") @Size(max = 500, message = "送达记录不能超过 500 个字") String record,
            @NotNull(message = "请填写送达日期") LocalDate deliveredOn) {
    }

    public record DisclosureRow(long id, String trackingCode, String applicantName, String applicantTypeLabel, String description,
                                RequestStatus status, String statusLabel, LocalDateTime receivedAt, String unitName,
                                LocalDate replyDueOn, String clockState, String clockStateLabel, int remainingWorkingDays) {
    }

    public record DisclosurePage(List<DisclosureRow> requests, int page, int size) {
    }

    public record Applicant(ApplicantType type, String typeLabel, String name, String idKind, String idNumber, String contactName,
                            String phone, String email, String address, String postalCode) {
    }

    public record Step(LocalDateTime at, String event, String note, String actorName, boolean shownToApplicant) {
    }

    public record DisclosureDetail(long id, String trackingCode, Applicant applicant, String description, String purpose,
                                   DeliveryForm deliveryForm, String deliveryFormLabel, DeliveryMethod deliveryMethod,
                                   String deliveryMethodLabel, RequestStatus status, String statusLabel, LocalDateTime receivedAt,
                                   String unitCode, String unitName, String unitOpinion, String correctionNote, String supplement,
                                   Integer extensionDays, String extensionReason, ExtensionStatus extensionStatus,
                                   ReplyType replyType, String replyTypeLabel, String legalGround, String replyText,
                                   String replyDocumentName, LocalDateTime repliedAt, String repliedByName, String deliveryRecord,
                                   LocalDate deliveredOn, List<ClockView> clocks, List<String> allowed, List<Step> steps) {
    }

    public record TypeCount(ReplyType type, String label, long count) {
    }

    public record MonthCount(String month, long received, long answered, long late) {
    }

    public record DisclosureStatisticsView(int year, long received, long answered, long late, long pending,
                                           List<TypeCount> byType, List<MonthCount> byMonth) {
    }

    public record ReplyTypeOption(ReplyType type, String label, boolean needsLegalGround) {
    }

    public record GuideDraft(
            @jakarta.validation.constraints.NotBlank(message = "请填写公开信息的分类") @jakarta.validation.constraints.Size(max = 5000, message = "不能超过 5000 字") String categories,
            @jakarta.validation.constraints.NotBlank(message = "请填写申请方式和流程") @jakarta.validation.constraints.Size(max = 10000, message = "不能超过 10000 字") String howToRequest,
            @jakarta.validation.constraints.NotBlank(message = "请填写受理机构地址") @jakarta.validation.constraints.Size(max = 200, message = "不能超过 200 字") String officeAddress,
            @jakarta.validation.constraints.NotBlank(message = "请填写办公时间") @jakarta.validation.constraints.Size(max = 200, message = "不能超过 200 字") String officeHours,
            @jakarta.validation.constraints.NotBlank(message = "请填写联系电话") @jakarta.validation.constraints.Pattern(regexp = "^[0-9\\-（）() ]{7,40}$", message = "不是有效的电话号码") String phone,
            @jakarta.validation.constraints.NotBlank(message = "请填写传真") @jakarta.validation.constraints.Pattern(regexp = "^[0-9\\-（）() ]{7,40}$", message = "不是有效的传真号码") String fax,
            @jakarta.validation.constraints.NotBlank(message = "请填写网上申请或联系方式") @jakarta.validation.constraints.Size(max = 200, message = "不能超过 200 字") String onlineContact,
            @jakarta.validation.constraints.NotBlank(message = "请说明本次修改的内容") @jakarta.validation.constraints.Size(max = 200, message = "不能超过 200 字") String changeNote) {
    }

    public record GuideView(int revision, String categories, String howToRequest, String officeAddress, String officeHours, String phone,
                            String fax, String onlineContact, String changeNote, String editedByName, LocalDateTime editedAt) {
    }
}
