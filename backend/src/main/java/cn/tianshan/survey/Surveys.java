package cn.tianshan.survey;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.survey.SurveyEnums.SurveyPhase;
import cn.tianshan.review.DocumentAccess;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.survey.SurveyRepositories.OptionRepository;
import cn.tianshan.survey.SurveyRepositories.QuestionRepository;
import cn.tianshan.survey.SurveyRepositories.SurveyRepository;
import cn.tianshan.survey.SurveyViews.ClosingCommand;
import cn.tianshan.survey.SurveyViews.OptionView;
import cn.tianshan.survey.SurveyViews.QuestionDraft;
import cn.tianshan.survey.SurveyViews.QuestionView;
import cn.tianshan.survey.SurveyViews.SurveyDetail;
import cn.tianshan.survey.SurveyViews.SurveyDraft;
import cn.tianshan.survey.SurveyViews.SurveySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Units draft surveys, send them through the review chain {@code survey}, and may close a running one early. */
@ApplicationScoped
public class Surveys {

    static final String SUBJECT = "survey";

    private final SurveyRepository surveys;
    private final QuestionRepository questions;
    private final OptionRepository options;
    private final SurveyResultsQuery results;
    private final ReviewEngine engine;
    private final Organisation organisation;
    private final CurrentUser user;
    private final DocumentAccess access;
    private final Clock clock;

    Surveys(SurveyRepository surveys, QuestionRepository questions, OptionRepository options, SurveyResultsQuery results,
            ReviewEngine engine, Organisation organisation, CurrentUser user, DocumentAccess access, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.options = options;
        this.results = results;
        this.engine = engine;
        this.organisation = organisation;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    public List<SurveySummary> list() {
        LocalDateTime now = Timestamps.now(clock);
        List<Survey> visible = surveys.ofUnit(access.listedUnit());
        Map<Long, Long> counts = results.responseCounts(visible.stream().map(Survey::id).toList());
        return visible.stream().map(s -> new SurveySummary(s.id(), s.title(), organisation.nameOf(s.unitCode()), s.status(),
                s.status().label(), s.status() == DraftStatus.PUBLISHED ? s.phase(now) : null,
                s.status() == DraftStatus.PUBLISHED ? s.phase(now).label() : null, s.opensAt(), s.closesAt(),
                counts.getOrDefault(s.id(), 0L), s.createdByName())).toList();
    }

    public SurveyDetail detail(long id) {
        return view(readable(id));
    }

    @Transactional
    public SurveyDetail create(@Valid SurveyDraft draft) {
        String unit = access.draftingUnit("发起网上调查");
        check(draft);
        Survey s = Survey.drafted(unit, user.username(), user.displayName(), Timestamps.now(clock));
        s.describe(draft.title().trim(), draft.description().trim(), draft.opensAt(), draft.closesAt(), draft.resultsShown(), hash(draft));
        surveys.persist(s);
        surveys.flush();
        replaceQuestions(s.id(), draft.questions());
        return view(s);
    }

    @Transactional
    public SurveyDetail update(long id, @Valid SurveyDraft draft) {
        Survey s = lockOwn(id);
        if (!s.status().editable()) {
            throw ProblemException.conflict(s.status() == DraftStatus.IN_REVIEW ? "调查正在审核中，撤回送审后才能修改" : "调查已发布，题目不能再修改");
        }
        check(draft);
        s.describe(draft.title().trim(), draft.description().trim(), draft.opensAt(), draft.closesAt(), draft.resultsShown(), hash(draft));
        options.delete("questionId in (select q.id from SurveyQuestion q where q.surveyId = ?1)", id);
        questions.delete("surveyId", id);
        questions.flush();
        replaceQuestions(id, draft.questions());
        engine.contentChanged(SUBJECT, id);
        return view(s);
    }

    @Transactional
    public SurveyDetail submit(long id) {
        Survey s = lockOwn(id);
        if (!s.status().editable()) {
            throw ProblemException.conflict(s.status() == DraftStatus.IN_REVIEW ? "调查已在审核中" : "调查已发布");
        }
        if (!s.closesAt().isAfter(Timestamps.now(clock))) {
            throw ProblemException.invalid("closesAt", "结束时间已过，请修改后再送审");
        }
        s.submitted();
        engine.submit(SUBJECT, id);
        return view(surveys.findById(id));
    }

    @Transactional
    public SurveyDetail withdrawSubmission(long id) {
        Survey s = lockOwn(id);
        if (s.status() != DraftStatus.IN_REVIEW) {
            throw ProblemException.conflict("调查不在审核中，无需撤回");
        }
        engine.cancel(SUBJECT, id);
        return view(surveys.findById(id));
    }

    @Transactional
    public SurveyDetail closeEarly(long id, @Valid ClosingCommand command) {
        Survey s = surveys.lock(id).orElseThrow(() -> ProblemException.notFound("网上调查", id));
        if (!access.closes(s)) {
            throw ProblemException.forbidden("只有发起单位负责人或厅网站主管处室可以提前结束调查");
        }
        LocalDateTime now = Timestamps.now(clock);
        if (s.status() != DraftStatus.PUBLISHED || s.phase(now) == SurveyPhase.CLOSED) {
            throw ProblemException.conflict("只有已发布且尚未结束的调查可以提前结束");
        }
        s.closeEarly(now, command.note().trim());
        return view(s);
    }

    Survey readable(long id) {
        Survey s = surveys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("网上调查", id));
        if (!access.reads(s)) {
            throw ProblemException.forbidden("只能查看本单位的网上调查");
        }
        return s;
    }

    List<QuestionView> questionsOf(long surveyId) {
        List<SurveyQuestion> qs = questions.of(surveyId);
        Map<Long, List<OptionView>> byQuestion = options.of(qs.stream().map(SurveyQuestion::id).toList()).stream()
                .collect(Collectors.groupingBy(SurveyOption::questionId, Collectors.mapping(o -> new OptionView(o.id(), o.label()),
                        Collectors.toList())));
        return qs.stream().map(q -> new QuestionView(q.id(), q.position(), q.kind(), q.kind().label(), q.prompt(), q.required(),
                byQuestion.getOrDefault(q.id(), List.of()))).toList();
    }

    private SurveyDetail view(Survey s) {
        LocalDateTime now = Timestamps.now(clock);
        boolean published = s.status() == DraftStatus.PUBLISHED;
        return new SurveyDetail(s.id(), s.unitCode(), organisation.nameOf(s.unitCode()), s.title(), s.description(), s.opensAt(),
                s.closesAt(), s.resultsShown(), s.resultsShown().label(), s.status(), s.status().label(),
                published ? s.phase(now) : null, published ? s.phase(now).label() : null, s.revision(), s.createdByName(),
                s.createdAt(), s.publishedAt(), s.closedEarlyAt(), s.closedEarlyNote(), questionsOf(s.id()),
                results.responseCounts(List.of(s.id())).getOrDefault(s.id(), 0L), access.runs(s) && s.status().editable(),
                access.runs(s) && s.status() == DraftStatus.IN_REVIEW,
                published && s.phase(now) != SurveyPhase.CLOSED && access.closes(s), engine.activeRun(SUBJECT, s.id()).orElse(null),
                engine.actionsFor(SUBJECT, s.id()), engine.history(SUBJECT, s.id()), published ? "/surveys/" + s.id() : null);
    }

    private void replaceQuestions(long surveyId, List<QuestionDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft d = drafts.get(i);
            SurveyQuestion q = SurveyQuestion.of(surveyId, i + 1, d.kind(), d.prompt().trim(), d.required());
            questions.persist(q);
            questions.flush();
            if (d.kind().choice()) {
                for (int j = 0; j < d.options().size(); j++) {
                    options.persist(SurveyOption.of(q.id(), j + 1, d.options().get(j).trim()));
                }
            }
        }
    }

    /** What Bean Validation cannot say: time order, options only where they belong, no repeated option. */
    private static void check(SurveyDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (!d.closesAt().isAfter(d.opensAt())) {
            errors.add(new FieldError("closesAt", "结束时间须晚于开始时间"));
        }
        for (int i = 0; i < d.questions().size(); i++) {
            QuestionDraft q = d.questions().get(i);
            List<String> opts = q.options() == null ? List.of() : q.options();
            String field = "questions[" + i + "].options";
            if (q.kind().choice() && opts.size() < 2) {
                errors.add(new FieldError(field, "选择题至少要有 2 个选项"));
            } else if (!q.kind().choice() && !opts.isEmpty()) {
                errors.add(new FieldError(field, "填空题没有选项"));
            } else if (new HashSet<>(opts.stream().map(String::trim).toList()).size() != opts.size()) {
                errors.add(new FieldError(field, "选项不能重复"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String hash(SurveyDraft d) {
        List<String> fields = new ArrayList<>(List.of(d.title().trim(), d.description().trim(), d.opensAt().toString(),
                d.closesAt().toString(), d.resultsShown().name()));
        d.questions().forEach(q -> {
            fields.add(q.kind().name() + "|" + q.required() + "|" + q.prompt().trim());
            fields.add(String.join("\u0001", q.options() == null ? List.of() : q.options()));
        });
        return Sha256.ofFields(fields);
    }

    private Survey lockOwn(long id) {
        Survey s = surveys.lock(id).orElseThrow(() -> ProblemException.notFound("网上调查", id));
        if (!access.runs(s)) {
            throw ProblemException.forbidden("只有发起单位的信息员或负责人可以修改和送审调查");
        }
        return s;
    }

}
