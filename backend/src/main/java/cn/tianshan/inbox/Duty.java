package cn.tianshan.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Something waiting for the current user to act on: a review step, a confidentiality opinion, and whatever later
 * features add. Each names what it is about, where to open it, until when, and the buttons the server allows.
 */
public record Duty(
        String kind,
        String kindLabel,
        String subjectType,
        long subjectId,
        String title,
        String unitName,
        String stepName,
        LocalDate infoDate,
        LocalDate dueDate,
        LocalDateTime waitingSince,
        String submittedByName,
        String link,
        Long taskId,
        Long currentRevisionId,
        Long lastSeenRevisionId,
        List<DutyAction> actions) {

    /** A button the UI may show; a disabled one says in Chinese why, and whose action it waits for. */
    public record DutyAction(String name, String label, boolean enabled, String reason) {
    }
}
