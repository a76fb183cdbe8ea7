package cn.tianshan.review;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

final class ReviewRepositories {

    private ReviewRepositories() {
    }

    @ApplicationScoped
    static class ChainRepository implements PanacheRepositoryBase<ReviewChain, Long> {
        List<ReviewChain> all() {
            return listAll(Sort.ascending("id"));
        }
    }

    @ApplicationScoped
    static class StepRepository implements PanacheRepositoryBase<ReviewStep, Long> {
        List<ReviewStep> of(long chainId) {
            return list("chainId = ?1 and retired = false", Sort.ascending("position"), chainId);
        }
    }

    @ApplicationScoped
    static class RunRepository implements PanacheRepositoryBase<ReviewRun, Long> {
        Optional<ReviewRun> active(String subjectType, long subjectId) {
            return find("subjectType = ?1 and subjectId = ?2 and status = ?3", subjectType, subjectId, RunStatus.IN_PROGRESS)
                    .firstResultOptional();
        }

        List<ReviewRun> of(String subjectType, long subjectId) {
            return list("subjectType = ?1 and subjectId = ?2", Sort.descending("id"), subjectType, subjectId);
        }

        Optional<ReviewRun> latest(String subjectType, long subjectId) {
            return find("subjectType = ?1 and subjectId = ?2", Sort.descending("id"), subjectType, subjectId).firstResultOptional();
        }

        long rounds(String subjectType, long subjectId) {
            return count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId);
        }

        /** Holds the run's row until the transaction ends: decisions on one run happen one at a time. */
        ReviewRun lock(long id) {
            return RowLocks.lock(getEntityManager(), ReviewRun.class, "review_run", id).orElseThrow();
        }
    }

    @ApplicationScoped
    static class TaskRepository implements PanacheRepositoryBase<ReviewTask, Long> {
        List<ReviewTask> of(long runId) {
            return list("runId", Sort.ascending("position", "id"), runId);
        }

        /** Waiting tasks someone with these coordinates might take (roles are checked by the caller). */
        List<ReviewTask> openFor(String unitCode, String username) {
            return list("status = ?1 and (assigneeUsername is null or assigneeUsername = ?2) "
                    + "and (assigneeUnit is null or assigneeUnit = ?3)", TaskStatus.IN_PROGRESS, username, unitCode);
        }

        /** Re-reads the task as committed now (call after locking its run). */
        ReviewTask fresh(ReviewTask task) {
            getEntityManager().refresh(task);
            return task;
        }
    }

    /** Which revision each reviewer last saw of a subject, so the inbox can show what changed since. */
    @ApplicationScoped
    static class SeenRepository {
        private final EntityManager em;

        SeenRepository(EntityManager em) {
            this.em = em;
        }

        void remember(String username, String subjectType, long subjectId, long revisionId, LocalDateTime at) {
            em.createNativeQuery("INSERT INTO review_view (username, subject_type, subject_id, revision_id, seen_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE revision_id = VALUES(revision_id), seen_at = VALUES(seen_at)")
                    .setParameter(1, username).setParameter(2, subjectType).setParameter(3, subjectId)
                    .setParameter(4, revisionId).setParameter(5, at).executeUpdate();
        }

        Optional<Long> lastSeen(String username, String subjectType, long subjectId) {
            List<?> found = em.createNativeQuery(
                            "SELECT revision_id FROM review_view WHERE username = ?1 AND subject_type = ?2 AND subject_id = ?3")
                    .setParameter(1, username).setParameter(2, subjectType).setParameter(3, subjectId).getResultList();
            return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
        }
    }
}
