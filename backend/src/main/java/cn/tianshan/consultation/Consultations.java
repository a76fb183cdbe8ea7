package cn.tianshan.consultation;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.review.DocumentAccess;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.consultation.ConsultationEnums.ConsultationPhase;
import cn.tianshan.consultation.ConsultationRepositories.CommentRepository;
import cn.tianshan.consultation.ConsultationRepositories.ConsultationRepository;
import cn.tianshan.consultation.ConsultationViews.ClosingNote;
import cn.tianshan.consultation.ConsultationViews.CommentView;
import cn.tianshan.consultation.ConsultationViews.ConsultationDetail;
import cn.tianshan.consultation.ConsultationViews.ConsultationDraft;
import cn.tianshan.consultation.ConsultationViews.ConsultationSummary;
import cn.tianshan.consultation.ConsultationViews.FeedbackCommand;
import cn.tianshan.consultation.ConsultationViews.FeedbackView;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Units draft consultations and send them through the review chain {@code consultation}; after the close they owe
 * a feedback summary within {@link #FEEDBACK_CLOCK}'s working days, which ends the consultation.
 */
@ApplicationScoped
public class Consultations {

    static final String SUBJECT = "consultation";
    static final String FEEDBACK_CLOCK = "feedback";

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ReviewEngine engine;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final CurrentUser user;
    private final DocumentAccess access;
    private final Clock clock;

    Consultations(ConsultationRepository consultations, CommentRepository comments, ReviewEngine engine, Deadlines deadlines,
                  Organisation organisation, CurrentUser user, DocumentAccess access, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.engine = engine;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    public List<ConsultationSummary> list() {
        LocalDateTime now = Timestamps.now(clock);
        List<Consultation> listed = consultations.ofUnit(access.listedUnit());
        java.util.Map<Long, Long> counts = comments.countsOf(listed.stream().map(Consultation::id).toList());
        return listed.stream()
                .map(c -> new ConsultationSummary(c.id(), c.title(), organisation.nameOf(c.unitCode()), c.status(), c.status().label(),
                        published(c) ? c.phase(now) : null, published(c) ? c.phase(now).label() : null, c.opensAt(), c.closesAt(),
                        counts.getOrDefault(c.id(), 0L), c.createdByName())).toList();
    }

    public ConsultationDetail detail(long id) {
        return view(readable(id));
    }

    @Transactional
    public ConsultationDetail create(@Valid ConsultationDraft draft) {
        String unit = access.draftingUnit("发起征求意见");
        check(draft);
        Consultation c = Consultation.drafted(unit, user.username(), user.displayName(), Timestamps.now(clock));
        describe(c, draft);
        consultations.persist(c);
        return view(c);
    }

    @Transactional
    public ConsultationDetail update(long id, @Valid ConsultationDraft draft) {
        Consultation c = lockOwn(id);
        if (!c.status().editable()) {
            throw ProblemException.conflict(c.status() == DraftStatus.IN_REVIEW ? "正在审核中，撤回送审后才能修改" : "已发布的征求意见稿不能再修改");
        }
        check(draft);
        describe(c, draft);
        engine.contentChanged(SUBJECT, id);
        return view(c);
    }

    @Transactional
    public ConsultationDetail submit(long id) {
        Consultation c = lockOwn(id);
        if (!c.status().editable()) {
            throw ProblemException.conflict(c.status() == DraftStatus.IN_REVIEW ? "已在审核中" : "已发布");
        }
        if (!c.closesAt().isAfter(Timestamps.now(clock))) {
            throw ProblemException.invalid("closesAt", "截止时间已过，请修改后再送审");
        }
        c.submitted();
        engine.submit(SUBJECT, id);
        return view(consultations.findById(id));
    }

    @Transactional
    public ConsultationDetail withdrawSubmission(long id) {
        Consultation c = lockOwn(id);
        if (c.status() != DraftStatus.IN_REVIEW) {
            throw ProblemException.conflict("不在审核中，无需撤回");
        }
        engine.cancel(SUBJECT, id);
        return view(consultations.findById(id));
    }

    /** Ends the comment period now; the feedback clock counts from today. */
    @Transactional
    public ConsultationDetail closeEarly(long id, @Valid ClosingNote note) {
        Consultation c = consultations.lock(id).orElseThrow(() -> ProblemException.notFound("征求意见", id));
        if (!access.closes(c)) {
            throw ProblemException.forbidden("只有发起单位负责人或厅网站主管处室可以提前结束征求意见");
        }
        LocalDateTime now = Timestamps.now(clock);
        if (!published(c) || c.phase(now) != ConsultationPhase.OPEN) {
            throw ProblemException.conflict("只有正在征求意见的可以提前结束");
        }
        c.closeEarly(now, note.note().trim());
        deadlines.restart(SUBJECT, id, FEEDBACK_CLOCK, now.toLocalDate(), "提前结束征求意见：" + note.note().trim());
        return view(c);
    }

    /** The feedback summary: how many comments, what was adopted and why the rest was not. It ends the consultation. */
    @Transactional
    public ConsultationDetail giveFeedback(long id, @Valid FeedbackCommand command) {
        Consultation c = lockOwn(id);
        LocalDateTime now = Timestamps.now(clock);
        if (!published(c)) {
            throw ProblemException.conflict("征求意见稿尚未发布");
        }
        switch (c.phase(now)) {
            case UPCOMING, OPEN -> throw ProblemException.conflict("征求意见截止（" + c.closesAt().toLocalDate() + "）后才能发布反馈");
            case CONCLUDED -> throw ProblemException.conflict("已于 " + c.feedbackAt().toLocalDate() + " 发布反馈");
            default -> {
            }
        }
        int received = (int) comments.countOf(id);
        if (command.adoptedCount() > received) {
            throw ProblemException.invalid("adoptedCount", "采纳条数不能多于收到的意见数（" + received + " 条）");
        }
        c.feedback(command.adopted().trim(), command.notAdopted().trim(), command.adoptedCount(), received, user.displayName(), now);
        deadlines.stop(SUBJECT, id, FEEDBACK_CLOCK, now.toLocalDate());
        return view(c);
    }

    Consultation readable(long id) {
        Consultation c = consultations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("征求意见", id));
        if (!access.reads(c)) {
            throw ProblemException.forbidden("只能查看本单位的征求意见");
        }
        return c;
    }

    boolean mayModerate(Consultation c) {
        return access.moderates(c);
    }

    static FeedbackView feedbackOf(Consultation c) {
        return c.feedbackAt() == null ? null : new FeedbackView(c.feedbackCommentCount(), c.feedbackAdoptedCount(), c.feedbackAdopted(),
                c.feedbackNotAdopted(), c.feedbackAt(), c.feedbackByName());
    }

    private ConsultationDetail view(Consultation c) {
        LocalDateTime now = Timestamps.now(clock);
        boolean published = published(c);
        ConsultationPhase phase = published ? c.phase(now) : null;
        ClockView feedbackClock = deadlines.of(SUBJECT, c.id(), now.toLocalDate()).stream()
                .filter(v -> v.purpose().equals(FEEDBACK_CLOCK)).findFirst().orElse(null);
        boolean mayModerate = mayModerate(c);
        List<CommentView> commentViews = mayModerate || access.seesAllUnits() ? comments.of(c.id()).stream().map(Consultations::commentView).toList()
                : List.of();
        return new ConsultationDetail(c.id(), c.unitCode(), organisation.nameOf(c.unitCode()), c.title(), c.summary(), c.body(),
                c.opensAt(), c.closesAt(), c.contactRequired(), c.status(), c.status().label(), phase,
                phase == null ? null : phase.label(), c.revision(), c.createdByName(), c.createdAt(), c.publishedAt(), c.closedEarlyAt(),
                c.closedEarlyNote(), feedbackClock, feedbackOf(c), commentViews, access.runs(c) && c.status().editable(),
                access.runs(c) && c.status() == DraftStatus.IN_REVIEW, published && phase == ConsultationPhase.OPEN && access.closes(c),
                mayModerate, access.runs(c) && phase == ConsultationPhase.AWAITING_FEEDBACK, engine.activeRun(SUBJECT, c.id()).orElse(null),
                engine.actionsFor(SUBJECT, c.id()), engine.history(SUBJECT, c.id()), published ? "/consultations/" + c.id() : null);
    }

    static CommentView commentView(ConsultationComment m) {
        return new CommentView(m.id(), m.content(), m.commenterName(), m.commenterContact(), m.receivedAt(), m.status(),
                m.status().label(), m.screening(), m.moderatedByName(), m.moderatedAt());
    }

    private static void check(ConsultationDraft d) {
        if (!d.closesAt().isAfter(d.opensAt())) {
            throw ProblemException.invalid("closesAt", "截止时间须晚于开始时间");
        }
    }

    private static void describe(Consultation c, ConsultationDraft d) {
        c.describe(d.title().trim(), d.summary().trim(), d.body().trim(), d.opensAt(), d.closesAt(), d.contactRequired(),
                Sha256.ofFields(List.of(d.title().trim(), d.summary().trim(), d.body().trim(), d.opensAt().toString(),
                        d.closesAt().toString(), Boolean.toString(d.contactRequired()))));
    }

    private Consultation lockOwn(long id) {
        Consultation c = consultations.lock(id).orElseThrow(() -> ProblemException.notFound("征求意见", id));
        if (!access.runs(c)) {
            throw ProblemException.forbidden("只有发起单位的信息员或负责人可以办理");
        }
        return c;
    }

    private static boolean published(Consultation c) {
        return c.status() == DraftStatus.PUBLISHED;
    }

}
