package cn.tianshan.survey;

import cn.tianshan.survey.SurveyViews.OptionResult;
import cn.tianshan.survey.SurveyViews.QuestionResult;
import cn.tianshan.survey.SurveyViews.QuestionView;
import cn.tianshan.survey.SurveyViews.SurveyResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Results from the counters the answering transaction moves: exact, and as cheap with a million answers as with ten. */
@ApplicationScoped
class SurveyResultsQuery {

    private final EntityManager em;

    SurveyResultsQuery(EntityManager em) {
        this.em = em;
    }

    Map<Long, Long> responseCounts(Collection<Long> surveyIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!surveyIds.isEmpty()) {
            em.createNativeQuery("SELECT id, responses FROM survey WHERE id IN (?1)").setParameter(1, surveyIds).getResultList()
                    .forEach(r -> counts.put(((Number) ((Object[]) r)[0]).longValue(), ((Number) ((Object[]) r)[1]).longValue()));
        }
        return counts;
    }

    SurveyResults of(long surveyId, List<QuestionView> questions) {
        Map<Long, Long> answered = counters("SELECT id, answered FROM survey_question WHERE survey_id = ?1", surveyId);
        Map<Long, Long> chosen = counters("SELECT o.id, o.chosen FROM survey_option o JOIN survey_question q ON q.id = o.question_id "
                + "WHERE q.survey_id = ?1", surveyId);
        List<QuestionResult> results = questions.stream().map(q -> {
            long n = answered.getOrDefault(q.id(), 0L);
            List<OptionResult> options = q.options().stream().map(o -> {
                long c = chosen.getOrDefault(o.id(), 0L);
                return new OptionResult(o.id(), o.label(), c, n == 0 ? 0 : Math.round(c * 1000.0 / n) / 10.0);
            }).toList();
            return new QuestionResult(q.id(), q.position(), q.prompt(), q.kind(), n, options);
        }).toList();
        return new SurveyResults(responseCounts(List.of(surveyId)).getOrDefault(surveyId, 0L), results);
    }

    private Map<Long, Long> counters(String sql, long surveyId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createNativeQuery(sql).setParameter(1, surveyId).getResultList()
                .forEach(r -> counts.put(((Number) ((Object[]) r)[0]).longValue(), ((Number) ((Object[]) r)[1]).longValue()));
        return counts;
    }
}
