package cn.tianshan.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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
    }

    @ApplicationScoped
    static class TaskRepository implements PanacheRepositoryBase<ReviewTask, Long> {
        List<ReviewTask> of(long runId) {
            return list("runId", Sort.ascending("position", "id"), runId);
        }

        List<ReviewTask> open() {
            return list("status", TaskStatus.IN_PROGRESS);
        }
    }
}
