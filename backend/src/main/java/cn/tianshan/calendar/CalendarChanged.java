package cn.tianshan.calendar;

import java.util.Set;

/**
 * Fired inside the transaction that changed the calendar (an import, a day set or removed): every feature that
 * stores a due date still running recomputes it now, in the same transaction, and records the move.
 */
public record CalendarChanged(Set<Integer> years, String reason) {
}
