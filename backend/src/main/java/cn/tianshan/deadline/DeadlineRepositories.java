package cn.tianshan.deadline;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class DeadlineRepositories {

    private DeadlineRepositories() {
    }

    @ApplicationScoped
    static class ClockRepository implements PanacheRepositoryBase<DeadlineClock, Long> {

        Optional<DeadlineClock> of(String subjectType, long subjectId, String purpose) {
            return find("subjectType = ?1 and subjectId = ?2 and purpose = ?3", subjectType, subjectId, purpose)
                    .firstResultOptional();
        }

        List<DeadlineClock> ofSubject(String subjectType, long subjectId) {
            return list("subjectType = ?1 and subjectId = ?2", Sort.ascending("id"), subjectType, subjectId);
        }

        List<DeadlineClock> ofSubjects(String subjectType, Collection<Long> subjectIds) {
            return subjectIds.isEmpty() ? List.of()
                    : list("subjectType = ?1 and subjectId in ?2", Sort.ascending("id"), subjectType, subjectIds);
        }

        /** Running clocks due by {@code by}: the ones a reminder or the ladder may concern. */
        List<Long> runningDueBy(LocalDate by) {
            return find("select c.id from DeadlineClock c where c.stoppedOn is null and c.pausedSince is null and c.dueOn <= ?1",
                    by).project(Long.class).list();
        }

        /** Open clocks, soonest due first; of one unit, or of all when {@code unitCode} is null. */
        List<DeadlineClock> open(String unitCode, int limit) {
            Sort order = Sort.ascending("dueOn", "id");
            return (unitCode == null ? find("stoppedOn is null", order) : find("stoppedOn is null and unitCode = ?1", order, unitCode))
                    .page(0, limit).list();
        }

        Optional<DeadlineClock> lock(long id) {
            return RowLocks.lock(getEntityManager(), DeadlineClock.class, "deadline_clock", id);
        }
    }

    @ApplicationScoped
    static class PauseRepository implements PanacheRepositoryBase<ClockPause, Long> {

        List<ClockPause> of(long clockId) {
            return list("clockId", Sort.ascending("id"), clockId);
        }

        Optional<ClockPause> open(long clockId) {
            return find("clockId = ?1 and endsOn is null", clockId).firstResultOptional();
        }
    }

    @ApplicationScoped
    static class AlertRepository implements PanacheRepositoryBase<DeadlineAlert, Long> {

        List<DeadlineAlert> of(long clockId) {
            return list("clockId", Sort.ascending("id"), clockId);
        }

        boolean sent(long clockId, Rung rung, LocalDate dueOn) {
            return count("clockId = ?1 and rung = ?2 and dueOn = ?3", clockId, rung.ordinal(), dueOn) > 0;
        }
    }
}
