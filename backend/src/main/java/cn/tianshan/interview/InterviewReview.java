package cn.tianshan.interview;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.interview.InterviewRepositories.InterviewRepository;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.DocumentReview;
import cn.tianshan.review.ReviewChains;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** An interview announcement on the review engine: the unit head, then the site office; the last approval publishes it. */
@Singleton
class InterviewReview extends DocumentReview<Interview> {

    private final InterviewRepository interviews;
    private final Notifications notifications;
    private final Clock clock;

    InterviewReview(InterviewRepository interviews, ReviewChains chains, Notifications notifications, Clock clock) {
        super(Interviews.SUBJECT, "在线访谈", "/admin/interviews/", chains);
        this.interviews = interviews;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    protected Optional<Interview> find(long id) {
        return interviews.findByIdOptional(id);
    }

    @Override
    protected Optional<Interview> lockRow(long id) {
        return interviews.lock(id);
    }

    @Override
    protected void publish(Interview i) {
        i.published(Timestamps.now(clock));
        notifications.send(List.of(i.createdBy()), "interview.published", "在线访谈预告已发布：" + i.title(),
                "访谈于 " + i.startsAt() + " 开始；公众即可提问，请及时审核问题。", consolePath(i.id()));
    }
}
