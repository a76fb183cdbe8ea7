package cn.tianshan.review;

import cn.tianshan.org.OrgViews.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the review API. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** A button the UI may show: the server decides which, and says in Chinese why one is disabled. */
    public record ActionView(String name, String label, boolean enabled, String reason) {
    }

    public record TaskView(long id, int position, String stepName, StepResolver resolver, String resolverLabel,
                           TaskStatus status, String statusLabel,
                           @Schema(description = "Who may take the step, e.g. 陈军（厅分管领导）") String assignee,
                           @Schema(description = "The people who could take it now, by name") List<PersonRef> candidates,
                           String actorUsername, String actorName, LocalDateTime startedAt,
                           LocalDateTime decidedAt, String opinion, Boolean proofread, Boolean confidentialityChecked,
                           Long revisionId, String revisionHash, boolean carriedOver, boolean requiresProofread,
                           boolean requiresConfidentiality) {
    }

    public record RunView(long id, @Schema(description = "The subject's own round: its first submission is round 1") int round,
                          String chainName, String subjectType, long subjectId, String title, RunStatus status,
                          String statusLabel, String submittedBy, String submittedByName, LocalDateTime submittedAt,
                          LocalDateTime finishedAt, LocalDate dueDate,
                          @Schema(description = "Whose action the run waits for now, in words; empty when it is finished") String waitingFor,
                          List<TaskView> tasks) {
    }

    /** One step of the route a subject would take if submitted now, with who can act. */
    public record RouteStep(int position, String name, String resolverLabel, boolean applies, String assignee,
                            List<PersonRef> candidates, boolean requiresProofread, boolean requiresConfidentiality,
                            String note) {
    }

    public record ApproveCommand(
            @Size(max = 2000) String opinion,
            @Schema(description = "三校: the reviewer proofread the whole text (required where the step says so)") Boolean proofread,
            @Schema(description = "先审查、后公开: the reviewer checked the text for secrets (required at the confidentiality step)")
            Boolean confidentialityChecked,
            @Schema(description = "The revision the reviewer read; a 409 when a newer one was saved meanwhile") Long revisionId) {
    }

    public record RejectCommand(@NotBlank @Size(max = 2000) String reason,
                                @Schema(description = "The revision the reviewer read") Long revisionId) {
    }

    public record SeenCommand(@NotBlank @Size(max = 30) String subjectType, @NotNull Long subjectId,
                              @NotNull Long revisionId) {
    }

    public record StepView(int position, String name, StepResolver resolver, String resolverLabel,
                           boolean conditional, boolean requiresProofread, boolean requiresConfidentiality) {
    }

    public record ChainView(long id, String code, String name, String subjectType, int restartFromPosition,
                            String ownerUnit, String ownerUnitName, List<StepView> steps, LocalDateTime updatedAt,
                            String updatedBy, String updatedByName) {
    }

    public record StepChange(@NotBlank @Size(max = 60) String name, @NotNull StepResolver resolver,
                             boolean requiresProofread, boolean requiresConfidentiality) {
    }

    public record ChainChange(@NotBlank @Size(max = 100) String name,
                              @Min(1) @Max(20) int restartFromPosition,
                              @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull StepChange> steps) {
    }

    public record ResolverView(StepResolver resolver, String label, boolean conditional) {
    }
}
