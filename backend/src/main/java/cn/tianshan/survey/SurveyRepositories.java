package cn.tianshan.survey;

import cn.tianshan.common.persistence.RowLocks;
import cn.tianshan.review.DraftStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class SurveyRepositories {

    private SurveyRepositories() {
    }

    @ApplicationScoped
    static class SurveyRepository implements PanacheRepositoryBase<Survey, Long> {

        Optional<Survey> lock(long id) {
            return RowLocks.lock(getEntityManager(), Survey.class, "survey", id);
        }

        List<Survey> ofUnit(String unitCode) {
            return unitCode == null ? listAll(Sort.descending("createdAt", "id")) : list("unitCode", Sort.descending("createdAt", "id"), unitCode);
        }

        List<Survey> published() {
            return list("status", Sort.descending("opensAt", "id"), DraftStatus.PUBLISHED);
        }
    }

    @ApplicationScoped
    static class QuestionRepository implements PanacheRepositoryBase<SurveyQuestion, Long> {

        List<SurveyQuestion> of(long surveyId) {
            return list("surveyId", Sort.ascending("position"), surveyId);
        }
    }

    @ApplicationScoped
    static class OptionRepository implements PanacheRepositoryBase<SurveyOption, Long> {

        List<SurveyOption> of(Collection<Long> questionIds) {
            return questionIds.isEmpty() ? List.of() : list("questionId in ?1", Sort.ascending("questionId", "position"), questionIds);
        }
    }
}
