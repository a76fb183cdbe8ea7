package cn.tianshan.topic;

import cn.tianshan.common.web.Phones;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.site.UpdateClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the topic-column applications API (Annex 2). */
public final class TopicViews {

    private TopicViews() {
    }

    public record InnerColumnCommand(@NotBlank @Size(max = 100) String name, @NotNull UpdateClass updateClass,
                                     @Schema(description = "Owner unit code; the applicant unit when empty") @Size(max = 16) String ownerUnit) {
    }

    public record ApplicationCommand(
            @NotBlank @Size(max = 100) String topicName,
            @Schema(description = "专题专栏网址, for a topic site that already exists") @Size(max = 500) String topicUrl,
            @NotNull @Size(max = 20) List<@Valid @NotNull InnerColumnCommand> innerColumns,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Pattern(regexp = Phones.OFFICE, message = Phones.OFFICE_MESSAGE) String contactOfficePhone,
            @NotBlank @Pattern(regexp = Phones.MOBILE, message = Phones.MOBILE_MESSAGE) String contactMobile) {
    }

    public record InnerColumnView(String name, UpdateClass updateClass, String updateClassLabel, String ownerUnit,
                                  String ownerUnitName) {
    }

    public record ApplicationView(long id, String applicantUnit, String applicantUnitName, String topicName, String topicUrl,
                                  List<InnerColumnView> innerColumns, String reason, LocalDate startsOn, LocalDate endsOn,
                                  String contactName, String contactOfficePhone, String contactMobile,
                                  TopicColumnApplication.Status status, String statusLabel, int revision,
                                  String createdByName, LocalDateTime createdAt, LocalDateTime updatedAt,
                                  LocalDateTime approvedAt, Long resultingColumnId,
                                  @Schema(description = "Where the opened column is read on the public site") String publicPath) {
    }

    /** An application with its review in progress, the buttons the current user gets and what else they may do. */
    public record ApplicationDetail(ApplicationView application, RunView activeRun, List<ActionView> reviewActions,
                                    @Schema(description = "revise, resubmit, cancel") List<String> allowed) {
    }
}
