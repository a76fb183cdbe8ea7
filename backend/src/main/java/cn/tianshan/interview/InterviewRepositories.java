package cn.tianshan.interview;

import cn.tianshan.common.persistence.RowLocks;
import cn.tianshan.interview.InterviewEnums.QuestionStatus;
import cn.tianshan.review.DraftStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

final class InterviewRepositories {

    private InterviewRepositories() {
    }

    @ApplicationScoped
    static class InterviewRepository implements PanacheRepositoryBase<Interview, Long> {

        Optional<Interview> lock(long id) {
            return RowLocks.lock(getEntityManager(), Interview.class, "interview", id);
        }

        List<Interview> ofUnit(String unitCode) {
            return unitCode == null ? listAll(Sort.descending("startsAt", "id")) : list("unitCode", Sort.descending("startsAt", "id"), unitCode);
        }

        List<Interview> published() {
            return list("status", Sort.descending("startsAt", "id"), DraftStatus.PUBLISHED);
        }
    }

    @ApplicationScoped
    static class GuestRepository implements PanacheRepositoryBase<InterviewGuest, Long> {

        List<InterviewGuest> of(long interviewId) {
            return list("interviewId", Sort.ascending("position"), interviewId);
        }
    }

    @ApplicationScoped
    static class PhotoRepository implements PanacheRepositoryBase<InterviewPhoto, Long> {

        Optional<InterviewPhoto> of(long interviewId, long photoId) {
            return find("id = ?1 and interviewId = ?2", photoId, interviewId).firstResultOptional();
        }
    }

    @ApplicationScoped
    static class QuestionRepository implements PanacheRepositoryBase<InterviewQuestion, Long> {

        Optional<InterviewQuestion> lock(long id) {
            return RowLocks.lock(getEntityManager(), InterviewQuestion.class, "interview_question", id);
        }

        List<InterviewQuestion> of(long interviewId) {
            return list("interviewId", Sort.ascending("id"), interviewId);
        }

        List<InterviewQuestion> accepted(long interviewId) {
            return list("interviewId = ?1 and status = ?2", Sort.ascending("runningOrder"), interviewId, QuestionStatus.ACCEPTED);
        }
    }
}
