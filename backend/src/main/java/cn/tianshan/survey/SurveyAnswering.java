package cn.tianshan.survey;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.intake.IntakeGuard;
import cn.tianshan.org.Organisation;
import cn.tianshan.survey.SurveyEnums.SurveyPhase;
import cn.tianshan.survey.SurveyEnums.QuestionKind;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.survey.SurveyRepositories.SurveyRepository;
import cn.tianshan.survey.SurveyViews.AnswerInput;
import cn.tianshan.survey.SurveyViews.AnswerReceipt;
import cn.tianshan.survey.SurveyViews.AnswerSheet;
import cn.tianshan.survey.SurveyViews.OptionView;
import cn.tianshan.survey.SurveyViews.PublicSurvey;
import cn.tianshan.survey.SurveyViews.PublicSurveySummary;
import cn.tianshan.survey.SurveyViews.QuestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public's side of a survey: reading it, answering it once per browser (signed cookie) and at most N times per
 * address (a serialised tally), behind the intake guard's rate limits and challenge; reading the results when shown.
 */
@ApplicationScoped
public class SurveyAnswering {

    static final String CHANNEL = "survey";

    private final SurveyRepository surveys;
    private final Surveys admin;
    private final SurveyResultsQuery results;
    private final IntakeGuard guard;
    private final VoterCookies cookies;
    private final Organisation organisation;
    private final EntityManager em;
    private final Clock clock;
    private final int perAddress;

    SurveyAnswering(SurveyRepository surveys, Surveys admin, SurveyResultsQuery results, IntakeGuard guard, VoterCookies cookies,
                    Organisation organisation, EntityManager em, Clock clock,
                    @ConfigProperty(name = "tianshan.surveys.responses-per-address") int perAddress) {
        this.surveys = surveys;
        this.admin = admin;
        this.results = results;
        this.guard = guard;
        this.cookies = cookies;
        this.organisation = organisation;
        this.em = em;
        this.clock = clock;
        this.perAddress = perAddress;
    }

    /** What the answer accepted: the receipt, and the cookie value the browser keeps. */
    public record Answered(AnswerReceipt receipt, String voterCookie) {
    }

    public List<PublicSurveySummary> published() {
        LocalDateTime now = Timestamps.now(clock);
        return surveys.published().stream().map(s -> new PublicSurveySummary(s.id(), s.title(), organisation.nameOf(s.unitCode()),
                s.phase(now), s.phase(now).label(), s.opensAt(), s.closesAt())).toList();
    }

    public PublicSurvey read(long id, String voterCookie) {
        Survey s = published(id);
        LocalDateTime now = Timestamps.now(clock);
        List<QuestionView> questions = admin.questionsOf(id);
        boolean answered = cookies.voterOf(voterCookie).map(v -> hasAnswered(id, v)).orElse(false);
        return new PublicSurvey(s.id(), s.title(), s.description(), organisation.nameOf(s.unitCode()), s.opensAt(), s.closesAt(),
                s.phase(now), s.phase(now).label(), s.resultsShown().label(), questions, answered, rules(),
                s.resultsPublic(now) ? results.of(id, questions) : null);
    }

    public cn.tianshan.survey.SurveyViews.SurveyResults results(long id) {
        Survey s = published(id);
        if (!s.resultsPublic(Timestamps.now(clock))) {
            throw ProblemException.conflict("本次调查结束后公布结果（" + s.closesAt().toLocalDate() + " 结束）");
        }
        return results.of(id, admin.questionsOf(id));
    }

    public Answered answer(long id, @Valid AnswerSheet sheet, String voterCookie, String address) {
        guard.admit(CHANNEL, address);
        guard.check(sheet.challenge());
        return store(id, sheet, voterCookie, address);
    }

    @Transactional
    Answered store(long id, AnswerSheet sheet, String voterCookie, String address) {
        Survey s = published(id);
        LocalDateTime now = Timestamps.now(clock);
        if (s.phase(now) != SurveyPhase.OPEN) {
            throw ProblemException.conflict(s.phase(now) == SurveyPhase.UPCOMING ? "调查尚未开始，将于 " + s.opensAt().toLocalDate() + " 开始"
                    : "调查已于 " + s.closesAt().toLocalDate() + " 结束，不再接受答卷");
        }
        List<QuestionView> questions = admin.questionsOf(id);
        List<Object[]> rows = validated(questions, sheet.answers());
        guard.spend(sheet.challenge());
        String addressHash = Sha256.hex(address.getBytes(StandardCharsets.UTF_8));
        String voter = cookies.voterOf(voterCookie).orElseGet(cookies::newVoter);
        // The unique (survey, voter) key decides between two submissions with one cookie, even on two nodes.
        int stored = em.createNativeQuery("INSERT IGNORE INTO survey_response (survey_id, voter_hash, address_hash, answered_at) "
                        + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, VoterCookies.voterHash(id, voter)).setParameter(3, addressHash).setParameter(4, now)
                .executeUpdate();
        if (stored == 0) {
            throw ProblemException.conflict("您已参加过本次调查，每个浏览器限答一次");
        }
        storeAnswers(id, rows);
        // Shared rows last, so their locks are held only until the commit that follows: the address tally, which
        // serialises one address's sheets and caps them, then the counters.
        em.createNativeQuery("INSERT INTO survey_address_tally (survey_id, address_hash, responses) VALUES (?1, ?2, 1) "
                + "ON DUPLICATE KEY UPDATE responses = responses + 1").setParameter(1, id).setParameter(2, addressHash).executeUpdate();
        int fromAddress = ((Number) em.createNativeQuery("SELECT responses FROM survey_address_tally WHERE survey_id = ?1 AND address_hash = ?2")
                .setParameter(1, id).setParameter(2, addressHash).getSingleResult()).intValue();
        if (fromAddress > perAddress) {
            throw ProblemException.tooManyRequests("body", "同一网络地址对本次调查最多提交 " + perAddress + " 份答卷", 3600);
        }
        count(id, rows);
        return new Answered(new AnswerReceipt("感谢您参与本次调查！", s.resultsPublic(now) ? results.of(id, questions) : null),
                cookies.cookieValue(voter));
    }

    /**
     * A paper questionnaire collected during the survey, entered by the unit with the time it was filled in (the
     * demo department's history is entered this way). It counts like any answer sheet; no cookie, no address.
     */
    @Transactional
    public void enterPaperSheet(long id, List<AnswerInput> answers, LocalDateTime filledAt) {
        Survey s = published(id);
        if (filledAt.isBefore(s.opensAt()) || !filledAt.isBefore(s.closesAt()) || filledAt.isAfter(Timestamps.now(clock))) {
            throw ProblemException.invalid("filledAt", "纸质答卷的填写时间须在调查期间内");
        }
        List<Object[]> rows = validated(admin.questionsOf(id), answers);
        em.createNativeQuery("INSERT INTO survey_response (survey_id, voter_hash, address_hash, answered_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, VoterCookies.voterHash(id, cookies.newVoter()))
                .setParameter(3, Sha256.hex("paper".getBytes(StandardCharsets.UTF_8))).setParameter(4, filledAt).executeUpdate();
        storeAnswers(id, rows);
        count(id, rows);
    }

    /** The counters move with the answers, in the same transaction: exact, whatever arrives at the same moment. */
    private void count(long surveyId, List<Object[]> rows) {
        List<Long> options = rows.stream().filter(r -> r[1] != null).map(r -> (Long) r[1]).sorted().toList();
        List<Long> questions = rows.stream().map(r -> (Long) r[0]).distinct().sorted().toList();
        if (!options.isEmpty()) {
            em.createNativeQuery("UPDATE survey_option SET chosen = chosen + 1 WHERE id IN (?1)").setParameter(1, options).executeUpdate();
        }
        if (!questions.isEmpty()) {
            em.createNativeQuery("UPDATE survey_question SET answered = answered + 1 WHERE id IN (?1)").setParameter(1, questions)
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE survey SET responses = responses + 1 WHERE id = ?1").setParameter(1, surveyId).executeUpdate();
    }

    private void storeAnswers(long surveyId, List<Object[]> rows) {
        long responseId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        for (Object[] row : rows) {
            em.createNativeQuery("INSERT INTO survey_answer (response_id, survey_id, question_id, option_id, text) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, responseId).setParameter(2, surveyId).setParameter(3, row[0]).setParameter(4, row[1])
                    .setParameter(5, row[2]).executeUpdate();
        }
    }

    /** One row per chosen option or text: (question, option, text); every problem named by its field. */
    private static List<Object[]> validated(List<QuestionView> questions, List<AnswerInput> answers) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            index.put(questions.get(i).id(), i);
        }
        Map<Long, AnswerInput> byQuestion = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            if (!index.containsKey(a.questionId())) {
                errors.add(new FieldError("answers[" + i + "].questionId", "本调查没有这道题"));
            } else if (byQuestion.put(a.questionId(), a) != null) {
                errors.add(new FieldError("answers[" + i + "].questionId", "同一道题只能回答一次"));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (QuestionView q : questions) {
            String field = "questions[" + (q.position()) + "]";
            AnswerInput a = byQuestion.get(q.id());
            List<Long> chosen = a == null || a.optionIds() == null ? List.of() : a.optionIds();
            String text = a == null || a.text() == null ? "" : a.text().trim();
            boolean empty = q.kind() == QuestionKind.FREE_TEXT ? text.isEmpty() : chosen.isEmpty();
            if (empty) {
                if (q.required()) {
                    errors.add(new FieldError(field, "第 " + q.position() + " 题为必答题"));
                }
                continue;
            }
            if (q.kind() == QuestionKind.FREE_TEXT) {
                if (!chosen.isEmpty()) {
                    errors.add(new FieldError(field, "第 " + q.position() + " 题是填空题，没有选项"));
                }
                rows.add(new Object[] {q.id(), null, text});
                continue;
            }
            Set<Long> offered = new HashSet<>(q.options().stream().map(OptionView::id).toList());
            if (!text.isEmpty()) {
                errors.add(new FieldError(field, "第 " + q.position() + " 题是选择题，请从选项中选择"));
            } else if (!offered.containsAll(chosen)) {
                errors.add(new FieldError(field, "第 " + q.position() + " 题没有所选的选项"));
            } else if (new HashSet<>(chosen).size() != chosen.size()) {
                errors.add(new FieldError(field, "第 " + q.position() + " 题的选项重复"));
            } else if (q.kind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                errors.add(new FieldError(field, "第 " + q.position() + " 题为单选题，只能选一项"));
            } else {
                chosen.forEach(option -> rows.add(new Object[] {q.id(), option, null}));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return rows;
    }

    private boolean hasAnswered(long surveyId, String voter) {
        return !em.createNativeQuery("SELECT 1 FROM survey_response WHERE survey_id = ?1 AND voter_hash = ?2")
                .setParameter(1, surveyId).setParameter(2, VoterCookies.voterHash(surveyId, voter)).getResultList().isEmpty();
    }

    private Survey published(long id) {
        return Optional.ofNullable(surveys.findById(id)).filter(s -> s.status() == DraftStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("网上调查", id));
    }

    private String rules() {
        return "本调查不收集姓名和联系方式。为尽量做到一人一票：每个浏览器限答一次（以浏览器 Cookie 识别，清除 Cookie 或更换浏览器即无法识别）；"
                + "同一网络地址对本次调查最多提交 " + perAddress + " 份答卷（单位、学校等共用网络地址的情况已考虑在内）；提交前须通过人机验证。";
    }
}
