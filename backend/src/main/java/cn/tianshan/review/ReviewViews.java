package cn.tianshan.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response bodies of the review API. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** A button the UI may show: the server decides which, and says why one is disabled. */
    public record ActionView(String name, String label, boolean enabled, String reason) {
    }

    public record TaskView(long id, int position, String stepName, StepResolver resolver, TaskStatus status,
                           String assignee, String actorUsername, String actorName, LocalDateTime startedAt,
                           LocalDateTime decidedAt, String opinion, Boolean proofread, Long revisionId,
                           String revisionHash, boolean carriedOver, boolean requiresProofread,
                           boolean requiresConfidentiality) {
    }

    public record RunView(long id, String chainName, String subjectType, long subjectId, String title, RunStatus status,
                          String submittedBy, String submittedByName, LocalDateTime submittedAt,
                          LocalDateTime finishedAt, LocalDate dueDate, List<TaskView> tasks) {
    }

    public record InboxEntry(long taskId, long runId, String subjectType, long subjectId, String title,
                             String unitCode, String unitName, String stepName, int position, LocalDate dueDate,
                             LocalDateTime waitingSince, String submittedByName, Long currentRevisionId,
                             Long lastSeenRevisionId, boolean requiresProofread, boolean requiresConfidentiality,
                             List<ActionView> actions) {
    }

    public record ApproveCommand(@Size(max = 2000) String opinion,
                                 Boolean proofread) {
    }

    public record RejectCommand(@NotBlank @Size(max = 2000) String reason) {
    }

    public record SeenCommand(@NotBlank @Size(max = 30) String subjectType, @NotNull Long subjectId,
                              @NotNull Long revisionId) {
    }

    public record StepView(int position, String name, StepResolver resolver, String resolverLabel,
                           boolean conditional, boolean requiresProofread, boolean requiresConfidentiality) {
    }

    public record ChainView(long id, String code, String name, String subjectType, int restartFromPosition,
                            String ownerUnit, List<StepView> steps, LocalDateTime updatedAt, String updatedBy) {
    }

    public record StepChange(@NotBlank @Size(max = 60) String name, @NotNull StepResolver resolver,
                             boolean requiresProofread, boolean requiresConfidentiality) {
    }

    public record ChainChange(@NotBlank @Size(max = 100) String name,
                              @Min(1) @Max(20) int restartFromPosition,
                              @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull StepChange> steps) {
    }
}
