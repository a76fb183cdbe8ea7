package cn.tianshan.link;

import cn.tianshan.common.web.Phones;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the link registrations API (Annex 4) and the link report. */
public final class LinkViews {

    private LinkViews() {
    }

    public record RegistrationCommand(
            @NotBlank @Size(max = 100) String systemName,
            @NotBlank @Size(max = 500) String url,
            @NotBlank @Size(max = 2000) String introduction,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Pattern(regexp = Phones.OFFICE, message = Phones.OFFICE_MESSAGE)
            String contactOfficePhone,
            @NotBlank @Pattern(regexp = Phones.MOBILE, message = Phones.MOBILE_MESSAGE) String contactMobile,
            @Schema(description = "Optional: the registration lapses after this day (a reminder goes out before)") LocalDate expiresOn) {
    }

    public record RevocationCommand(@NotBlank @Size(max = 500) String reason) {
    }

    public record HandlingEntry(LocalDateTime at, String event, String note, String actorName) {
    }

    public record RegistrationView(long id, String unitCode, String unitName, String systemName, String url, String host,
                                   String introduction, String contactName, String contactOfficePhone, String contactMobile,
                                   LocalDate expiresOn, LinkRegistration.Status status, String statusLabel, int revision,
                                   String createdByName, LocalDateTime createdAt, LocalDateTime decidedAt,
                                   @Schema(description = "Consecutive failed reachability checks of its address") int consecutiveFailures,
                                   @Schema(description = "Flagged unreachable by the monitor") boolean unreachable) {
    }

    public record RegistrationDetail(RegistrationView registration, RunView activeRun, List<ActionView> reviewActions,
                                     @Schema(description = "revise, cancel, revoke") List<String> allowed,
                                     @Schema(description = "办理情况: everything besides the opinions") List<HandlingEntry> handling) {
    }
}
