package cn.tianshan.interview;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.interview.InterviewRepositories.InterviewRepository;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.SubjectSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** An interview announcement as a subject of the review engine: the unit head, then the site office; the last approval publishes it. */
@ApplicationScoped
class InterviewReview implements ReviewSubject {

    private final InterviewRepository interviews;
    private final ReviewChains chains;
    private final Notifications notifications;
    private final Clock clock;

    InterviewReview(InterviewRepository interviews, ReviewChains chains, Notifications notifications, Clock clock) {
        this.interviews = interviews;
        this.chains = chains;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public String type() {
        return Interviews.SUBJECT;
    }

    @Override
    public String label() {
        return "在线访谈";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/interviews/" + id;
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        Interview i = find(id);
        return new SubjectSnapshot("在线访谈：" + i.title(), i.unitCode(), i.unitCode(), null, (long) i.revision(), i.contentHash(),
                i.createdAt().toLocalDate(), null);
    }

    @Override
    public long chainId(long id) {
        return chains.idOf(Interviews.SUBJECT).orElseThrow(() -> ProblemException.conflict("缺少“在线访谈审核”流程"));
    }

    @Override
    public void lock(long id) {
        interviews.lock(id).orElseThrow(() -> ProblemException.notFound("在线访谈", id));
    }

    @Override
    public void approved(long id) {
        Interview i = find(id);
        i.published(Timestamps.now(clock));
        notifications.send(List.of(i.createdBy()), "interview.published", "在线访谈预告已发布：" + i.title(),
                "访谈于 " + i.startsAt() + " 开始；公众即可提问，请及时审核问题。", consolePath(id));
    }

    @Override
    public void returned(long id, String reason) {
        find(id).returned();
    }

    @Override
    public void cancelled(long id) {
        find(id).cancelled();
    }

    @Override
    public List<String> concerned(long id) {
        return List.of(find(id).createdBy());
    }

    private Interview find(long id) {
        return interviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("在线访谈", id));
    }
}
