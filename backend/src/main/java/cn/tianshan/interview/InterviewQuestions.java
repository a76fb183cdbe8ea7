package cn.tianshan.interview;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.intake.IntakeGuard;
import cn.tianshan.intake.Screening;
import cn.tianshan.interview.InterviewEnums.InterviewPhase;
import cn.tianshan.interview.InterviewRepositories.InterviewRepository;
import cn.tianshan.interview.InterviewRepositories.QuestionRepository;
import cn.tianshan.interview.InterviewViews.PublicInterview;
import cn.tianshan.interview.InterviewViews.PublicInterviewSummary;
import cn.tianshan.interview.InterviewViews.PublicQuestion;
import cn.tianshan.interview.InterviewViews.QuestionReceipt;
import cn.tianshan.interview.InterviewViews.QuestionSubmission;
import cn.tianshan.interview.InterviewViews.InterviewQuestionView;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.DraftStatus;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The public's side of an interview: the announcement, the accepted questions in order with their answers (live,
 * or as the record), and asking a question through the one intake guard before or during the interview.
 */
@ApplicationScoped
public class InterviewQuestions {

    static final String CHANNEL = "interview";

    private final InterviewRepository interviews;
    private final QuestionRepository questions;
    private final Interviews admin;
    private final InterviewBroadcast broadcast;
    private final IntakeGuard guard;
    private final Screening screening;
    private final Organisation organisation;
    private final Clock clock;

    InterviewQuestions(InterviewRepository interviews, QuestionRepository questions, Interviews admin, InterviewBroadcast broadcast,
                       IntakeGuard guard, Screening screening, Organisation organisation, Clock clock) {
        this.interviews = interviews;
        this.questions = questions;
        this.admin = admin;
        this.broadcast = broadcast;
        this.guard = guard;
        this.screening = screening;
        this.organisation = organisation;
        this.clock = clock;
    }

    public List<PublicInterviewSummary> published() {
        LocalDateTime now = Timestamps.now(clock);
        return interviews.published().stream().map(i -> new PublicInterviewSummary(i.id(), i.title(), organisation.nameOf(i.unitCode()),
                i.phase(now), i.phase(now).label(), i.startsAt(), i.endsAt())).toList();
    }

    public PublicInterview read(long id) {
        Interview i = published(id);
        InterviewPhase phase = i.phase(Timestamps.now(clock));
        List<PublicQuestion> shown = questions.accepted(id).stream().map(Interviews::publicView).toList();
        return new PublicInterview(i.id(), i.title(), i.description(), organisation.nameOf(i.unitCode()), i.startsAt(), i.endsAt(), phase,
                phase.label(), admin.guestsOf(id, true), shown, accepting(phase), i.recordSummary());
    }

    /** Accepted and answered questions of an interview as they happen on this node, for its open pages. */
    public Multi<PublicQuestion> follow(long id) {
        published(id);
        return broadcast.follow(id);
    }

    public QuestionReceipt ask(long id, @Valid QuestionSubmission s, String address) {
        guard.admit(CHANNEL, address);
        guard.check(s.challenge());
        store(id, s, address);
        return new QuestionReceipt("问题已提交，经主持人审核采用后将在访谈中回答，请留意本页。");
    }

    @Transactional
    void store(long id, QuestionSubmission s, String address) {
        Interview i = published(id);
        InterviewPhase phase = i.phase(Timestamps.now(clock));
        if (!accepting(phase)) {
            throw ProblemException.conflict("访谈已于 " + i.endsAt().toLocalDate() + " 结束，不再接收提问");
        }
        guard.spend(s.challenge());
        List<String> words = screening.sensitiveWords(s.content());
        String name = s.name() == null || s.name().isBlank() ? null : s.name().trim();
        questions.persist(InterviewQuestion.received(id, s.content().trim(), name, address,
                words.isEmpty() ? null : "含敏感词：" + String.join("、", words), Timestamps.now(clock)));
    }

    /**
     * A question that came by the interview hotline or a message left with the unit, entered by staff before or
     * during the interview (the demo department's questions are entered this way). It waits for the moderator.
     */
    @Transactional
    public InterviewQuestionView enterReceived(long id, String content, String name) {
        Interview i = published(id);
        if (!accepting(i.phase(Timestamps.now(clock)))) {
            throw ProblemException.conflict("访谈已结束，不再登记提问");
        }
        InterviewQuestion q = InterviewQuestion.received(id, content.trim(), name, "热线", null, Timestamps.now(clock));
        questions.persist(q);
        return Interviews.view(q);
    }

    private static boolean accepting(InterviewPhase phase) {
        return phase == InterviewPhase.UPCOMING || phase == InterviewPhase.LIVE;
    }

    private Interview published(long id) {
        return Optional.ofNullable(interviews.findById(id)).filter(i -> i.status() == DraftStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("在线访谈", id));
    }
}
