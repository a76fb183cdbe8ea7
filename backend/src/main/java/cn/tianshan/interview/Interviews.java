package cn.tianshan.interview;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.interview.InterviewEnums.InterviewPhase;
import cn.tianshan.interview.InterviewEnums.QuestionStatus;
import cn.tianshan.interview.InterviewRepositories.GuestRepository;
import cn.tianshan.interview.InterviewRepositories.InterviewRepository;
import cn.tianshan.interview.InterviewRepositories.PhotoRepository;
import cn.tianshan.interview.InterviewRepositories.QuestionRepository;
import cn.tianshan.interview.InterviewViews.AnswerCommand;
import cn.tianshan.interview.InterviewViews.Guest;
import cn.tianshan.interview.InterviewViews.InterviewDetail;
import cn.tianshan.interview.InterviewViews.InterviewDraft;
import cn.tianshan.interview.InterviewViews.InterviewSummary;
import cn.tianshan.interview.InterviewViews.MergeCommand;
import cn.tianshan.interview.InterviewViews.PublicQuestion;
import cn.tianshan.interview.InterviewViews.InterviewQuestionView;
import cn.tianshan.interview.InterviewViews.RecordCommand;
import cn.tianshan.interview.InterviewViews.RejectionCommand;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.DocumentAccess;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Units announce interviews (review chain {@code interview}), moderate the public's questions into a running order,
 * enter the guests' answers live, and publish the record afterwards.
 */
@ApplicationScoped
public class Interviews {

    static final String SUBJECT = "interview";

    private final InterviewRepository interviews;
    private final GuestRepository guests;
    private final PhotoRepository photos;
    private final QuestionRepository questions;
    private final ReviewEngine engine;
    private final Organisation organisation;
    private final CurrentUser user;
    private final DocumentAccess access;
    private final Event<InterviewBroadcast.Changed> changed;
    private final Clock clock;

    Interviews(InterviewRepository interviews, GuestRepository guests, PhotoRepository photos, QuestionRepository questions,
               ReviewEngine engine, Organisation organisation, CurrentUser user, DocumentAccess access,
               Event<InterviewBroadcast.Changed> changed, Clock clock) {
        this.photos = photos;
        this.interviews = interviews;
        this.guests = guests;
        this.questions = questions;
        this.engine = engine;
        this.organisation = organisation;
        this.user = user;
        this.access = access;
        this.changed = changed;
        this.clock = clock;
    }

    public List<InterviewSummary> list() {
        LocalDateTime now = Timestamps.now(clock);
        return interviews.ofUnit(access.listedUnit()).stream().map(i -> new InterviewSummary(i.id(),
                i.title(), organisation.nameOf(i.unitCode()), i.status(), i.status().label(), published(i) ? i.phase(now) : null,
                published(i) ? i.phase(now).label() : null, i.startsAt(), i.endsAt(), i.createdByName())).toList();
    }

    public InterviewDetail detail(long id) {
        return view(readable(id));
    }

    @Transactional
    public InterviewDetail create(@Valid InterviewDraft draft) {
        String unit = access.draftingUnit("策划在线访谈");
        check(draft);
        if (draft.guests().stream().anyMatch(g -> g.photoId() != null)) {
            throw ProblemException.invalid("guests", "嘉宾照片请在保存访谈后上传");
        }
        Interview i = Interview.drafted(unit, user.username(), user.displayName(), Timestamps.now(clock));
        describe(i, draft);
        interviews.persist(i);
        interviews.flush();
        replaceGuests(i.id(), draft.guests());
        return view(i);
    }

    @Transactional
    public InterviewDetail update(long id, @Valid InterviewDraft draft) {
        Interview i = lockOwn(id);
        if (!i.status().editable()) {
            throw ProblemException.conflict(i.status() == DraftStatus.IN_REVIEW ? "正在审核中，撤回送审后才能修改" : "已发布的访谈不能再修改");
        }
        check(draft);
        checkPhotos(id, draft.guests());
        describe(i, draft);
        guests.delete("interviewId", id);
        guests.flush();
        replaceGuests(id, draft.guests());
        engine.contentChanged(SUBJECT, id);
        return view(i);
    }

    @Transactional
    public InterviewDetail submit(long id) {
        Interview i = lockOwn(id);
        if (!i.status().editable()) {
            throw ProblemException.conflict(i.status() == DraftStatus.IN_REVIEW ? "已在审核中" : "已发布");
        }
        if (!i.endsAt().isAfter(Timestamps.now(clock))) {
            throw ProblemException.invalid("endsAt", "结束时间已过，请修改后再送审");
        }
        i.submitted();
        engine.submit(SUBJECT, id);
        return view(interviews.findById(id));
    }

    @Transactional
    public InterviewDetail withdrawSubmission(long id) {
        Interview i = lockOwn(id);
        if (i.status() != DraftStatus.IN_REVIEW) {
            throw ProblemException.conflict("不在审核中，无需撤回");
        }
        engine.cancel(SUBJECT, id);
        return view(interviews.findById(id));
    }

    /** Gives the question the next place in the running order (the interview's row lock serialises the numbering). */
    @Transactional
    public InterviewQuestionView accept(long questionId) {
        InterviewQuestion q = pendingForModeration(questionId);
        Interview i = interviews.lock(q.interviewId()).orElseThrow();
        q.accepted(i.nextSequence(), user.displayName(), Timestamps.now(clock));
        changed.fire(new InterviewBroadcast.Changed(i.id(), publicView(q)));
        return view(q);
    }

    @Transactional
    public InterviewQuestionView merge(long questionId, @Valid MergeCommand command) {
        InterviewQuestion q = pendingForModeration(questionId);
        InterviewQuestion into = questions.findByIdOptional(command.into())
                .filter(t -> t.interviewId() == q.interviewId() && t.status() == QuestionStatus.ACCEPTED)
                .orElseThrow(() -> ProblemException.invalid("into", "只能合并到本访谈已采用的问题"));
        q.merged(into.id(), user.displayName(), Timestamps.now(clock));
        return view(q);
    }

    @Transactional
    public InterviewQuestionView reject(long questionId, @Valid RejectionCommand command) {
        InterviewQuestion q = pendingForModeration(questionId);
        q.rejected(command.note().trim(), user.displayName(), Timestamps.now(clock));
        return view(q);
    }

    /** The guest's answer, entered as it is given; every open page shows it at once. */
    @Transactional
    public InterviewQuestionView answer(long questionId, @Valid AnswerCommand command) {
        InterviewQuestion q = questions.lock(questionId).orElseThrow(() -> ProblemException.notFound("问题", questionId));
        Interview i = moderated(q.interviewId());
        if (q.status() != QuestionStatus.ACCEPTED) {
            throw ProblemException.conflict("只能回答已采用的问题");
        }
        if (guests.of(i.id()).stream().noneMatch(g -> g.name().equals(command.guest().trim()))) {
            throw ProblemException.invalid("guest", "“" + command.guest() + "”不是本次访谈的嘉宾");
        }
        q.answered(command.text().trim(), command.guest().trim(), Timestamps.now(clock));
        changed.fire(new InterviewBroadcast.Changed(i.id(), publicView(q)));
        return view(q);
    }

    /** After the interview: the record (综述 plus the questions and answers in order) goes public. */
    @Transactional
    public InterviewDetail publishRecord(long id, @Valid RecordCommand command) {
        Interview i = interviews.lock(id).orElseThrow(() -> ProblemException.notFound("在线访谈", id));
        moderated(id);
        InterviewPhase phase = i.phase(Timestamps.now(clock));
        if (phase != InterviewPhase.ENDED) {
            throw ProblemException.conflict(phase == InterviewPhase.RECORDED ? "访谈实录已发布" : "访谈结束后才能发布实录");
        }
        i.recorded(command.summary().trim(), Timestamps.now(clock));
        return view(i);
    }

    Interview readable(long id) {
        Interview i = interviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("在线访谈", id));
        if (!access.reads(i)) {
            throw ProblemException.forbidden("只能查看本单位的在线访谈");
        }
        return i;
    }

    /** The guests with their photos' addresses: the public one, or the staff one that works before publication. */
    List<Guest> guestsOf(long interviewId, boolean forPublic) {
        return guests.of(interviewId).stream().map(g -> new Guest(g.name(), g.title(), g.photoId(), g.photoId() == null ? null
                : forPublic ? InterviewPhotos.publicUrl(interviewId, g.photoId()) : InterviewPhotos.staffUrl(interviewId, g.photoId())))
                .toList();
    }

    static PublicQuestion publicView(InterviewQuestion q) {
        return new PublicQuestion(q.id(), q.sequence(), q.content(), q.askerName() == null ? "网友" : q.askerName(), q.answer(),
                q.answeredBy(), q.answeredAt());
    }

    private Interview moderated(long interviewId) {
        Interview i = readable(interviewId);
        if (!access.moderates(i)) {
            throw ProblemException.forbidden("只有发起单位或厅网站主管处室可以主持访谈");
        }
        if (!published(i)) {
            throw ProblemException.conflict("访谈尚未发布");
        }
        return i;
    }

    private InterviewQuestion pendingForModeration(long questionId) {
        InterviewQuestion q = questions.lock(questionId).orElseThrow(() -> ProblemException.notFound("问题", questionId));
        moderated(q.interviewId());
        if (q.status() != QuestionStatus.PENDING) {
            throw ProblemException.conflict("该问题已由" + q.moderatedByName() + "处理（" + q.status().label() + "）");
        }
        return q;
    }

    private InterviewDetail view(Interview i) {
        LocalDateTime now = Timestamps.now(clock);
        boolean published = published(i);
        InterviewPhase phase = published ? i.phase(now) : null;
        List<InterviewQuestionView> queue = access.moderates(i) || access.seesAllUnits() ? questions.of(i.id()).stream().map(Interviews::view).toList() : List.of();
        return new InterviewDetail(i.id(), i.unitCode(), organisation.nameOf(i.unitCode()), i.title(), i.description(), i.startsAt(),
                i.endsAt(), guestsOf(i.id(), false), i.status(), i.status().label(), phase, phase == null ? null : phase.label(),
                i.createdByName(), i.createdAt(), i.publishedAt(), i.recordSummary(), i.recordPublishedAt(), queue,
                access.runs(i) && i.status().editable(), access.runs(i) && i.status() == DraftStatus.IN_REVIEW,
                published && access.moderates(i), engine.activeRun(SUBJECT, i.id()).orElse(null), engine.actionsFor(SUBJECT, i.id()),
                engine.history(SUBJECT, i.id()), published ? "/interviews/" + i.id() : null);
    }

    static InterviewQuestionView view(InterviewQuestion q) {
        return new InterviewQuestionView(q.id(), q.content(), q.askerName(), q.receivedAt(), q.status(), q.status().label(), q.screening(),
                q.sequence(), q.mergedInto(), q.moderationNote(), q.moderatedByName(), q.answer(), q.answeredBy(), q.answeredAt());
    }

    private void replaceGuests(long interviewId, List<Guest> list) {
        for (int n = 0; n < list.size(); n++) {
            guests.persist(InterviewGuest.of(interviewId, n + 1, list.get(n).name().trim(), list.get(n).title().trim(), list.get(n).photoId()));
        }
    }

    private static void check(InterviewDraft d) {
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw ProblemException.invalid("endsAt", "结束时间须晚于开始时间");
        }
        if (d.guests().stream().map(g -> g.name().trim()).distinct().count() != d.guests().size()) {
            throw ProblemException.invalid("guests", "嘉宾姓名不能重复");
        }
    }

    private static void describe(Interview i, InterviewDraft d) {
        List<String> fields = new ArrayList<>(List.of(d.title().trim(), d.description().trim(), d.startsAt().toString(), d.endsAt().toString()));
        d.guests().forEach(g -> fields.add(g.name().trim() + "|" + g.title().trim() + (g.photoId() == null ? "" : "|" + g.photoId())));
        i.describe(d.title().trim(), d.description().trim(), d.startsAt(), d.endsAt(), Sha256.ofFields(fields));
    }

    private void checkPhotos(long interviewId, List<Guest> list) {
        for (int n = 0; n < list.size(); n++) {
            Long photo = list.get(n).photoId();
            if (photo != null && photos.of(interviewId, photo).isEmpty()) {
                throw ProblemException.invalid("guests[" + n + "].photoId", "嘉宾“" + list.get(n).name().trim() + "”的照片不是本访谈上传的照片");
            }
        }
    }

    Interview lockOwn(long id) {
        Interview i = interviews.lock(id).orElseThrow(() -> ProblemException.notFound("在线访谈", id));
        if (!access.runs(i)) {
            throw ProblemException.forbidden("只有发起单位的信息员或负责人可以办理");
        }
        return i;
    }

    private static boolean published(Interview i) {
        return i.status() == DraftStatus.PUBLISHED;
    }

}
