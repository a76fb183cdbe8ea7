package cn.tianshan.registry;

import cn.tianshan.common.web.Phones;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the site-manager registry (Annex 1). */
public final class RegistryViews {

    private RegistryViews() {
    }

    public record EntryCommand(
            @Schema(description = "Which place: a key from the unit's places (column:12, site:2, mailbox)") @NotBlank @Size(max = 40) String subjectKey,
            @Schema(description = "The manager's account, when they have one; the name and phones default from the directory")
            @Size(max = 100) String managerUsername,
            @Size(max = 50) String managerName,
            @Pattern(regexp = Phones.OFFICE_OR_EMPTY, message = Phones.OFFICE_MESSAGE) String officePhone,
            @Pattern(regexp = Phones.MOBILE_OR_EMPTY, message = Phones.MOBILE_MESSAGE) String mobile,
            @Email(message = "电子邮箱格式不正确") @Size(max = 100) String email) {
    }

    public record FilingCommand(@NotNull LocalDate effectiveFrom,
                                @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull EntryCommand> entries,
                                @Schema(description = "Technical department only: the unit whose signed paper Annex 1 is entered") @Size(max = 16) String unitCode,
                                @Schema(description = "Technical department only: the paper form bears the unit head's signature and seal; in force at once")
                                Boolean signedOnPaper) {
    }

    public record EntryView(ManagerCategory category, String categoryLabel, String subjectKey, String subjectName,
                            String managerUsername, String managerName, String officePhone, String mobile, String email) {
    }

    public record FilingView(long id, String unitCode, String unitName, LocalDate effectiveFrom, List<EntryView> entries,
                             ManagerFiling.Status status, String statusLabel, int revision, String createdByName,
                             LocalDateTime createdAt, LocalDateTime signedAt, boolean signedOnPaper) {
    }

    public record FilingDetail(FilingView filing, RunView activeRun, List<ActionView> reviewActions,
                               @Schema(description = "revise, cancel") List<String> allowed) {
    }

    /** A place a unit answers for, with its manager on the day asked (none: a gap). */
    public record PlaceView(String unitCode, String unitName, ManagerCategory category, String categoryLabel, String subjectKey,
                            String subjectName, ManagerView manager) {
    }

    public record ManagerView(long id, String managerUsername, String managerName, String officePhone, String mobile,
                              String email, LocalDate effectiveFrom, LocalDate effectiveTo,
                              @Schema(description = "The manager's account is disabled in the identity service") boolean accountDisabled) {
    }

    /** What the technical department must chase: places with no manager, and managers who can no longer sign in. */
    public record Gaps(LocalDate on, List<PlaceView> missing, List<PlaceView> disabledAccounts) {
    }
}
