package cn.tianshan.calendar;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The history of every stored due date (an article's Art. 18 deadline, and every clock later features add): each
 * move is recorded with the old and the new date and why it moved (the calendar changed, the information date
 * was corrected).
 */
@ApplicationScoped
public class DueDateHistory {

    public record DueDateChangeView(LocalDate previousDue, LocalDate newDue, String explanation, String reason,
                                    LocalDateTime changedAt, String changedByName) {
    }

    @ApplicationScoped
    static class DueDateChangeRepository implements PanacheRepositoryBase<DueDateChange, Long> {
        List<DueDateChange> of(String subjectType, long subjectId) {
            return list("subjectType = ?1 and subjectId = ?2", Sort.ascending("changedAt", "id"), subjectType, subjectId);
        }
    }

    private final DueDateChangeRepository changes;
    private final CurrentUser user;
    private final Clock clock;

    DueDateHistory(DueDateChangeRepository changes, CurrentUser user, Clock clock) {
        this.changes = changes;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String subjectType, long subjectId, LocalDate previous, Deadline next, String reason) {
        boolean person = user.authenticated();
        changes.persist(DueDateChange.of(subjectType, subjectId, previous, next.due(), next.summary(), reason,
                person ? user.username() : "system", person ? user.displayName() : "系统", Timestamps.now(clock)));
    }

    public List<DueDateChangeView> of(String subjectType, long subjectId) {
        return changes.of(subjectType, subjectId).stream().map(c -> new DueDateChangeView(c.previousDue(), c.newDue(),
                c.explanation(), c.reason(), c.changedAt(), c.changedByName())).toList();
    }
}
