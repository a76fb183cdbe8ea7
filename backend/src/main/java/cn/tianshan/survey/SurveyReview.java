package cn.tianshan.survey;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.DocumentReview;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.survey.SurveyRepositories.SurveyRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A survey on the review engine (chain {@code survey}): the unit head, then the site office; the last approval publishes it. */
@Singleton
class SurveyReview extends DocumentReview<Survey> {

    private final SurveyRepository surveys;
    private final Notifications notifications;
    private final Clock clock;

    SurveyReview(SurveyRepository surveys, ReviewChains chains, Notifications notifications, Clock clock) {
        super(Surveys.SUBJECT, "网上调查", "/admin/surveys/", chains);
        this.surveys = surveys;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    protected Optional<Survey> find(long id) {
        return surveys.findByIdOptional(id);
    }

    @Override
    protected Optional<Survey> lockRow(long id) {
        return surveys.lock(id);
    }

    @Override
    protected void publish(Survey s) {
        s.published(Timestamps.now(clock));
        notifications.send(List.of(s.createdBy()), "survey.published", "网上调查已发布：" + s.title(),
                "调查将于 " + s.opensAt().toLocalDate() + " 开始，" + s.closesAt().toLocalDate() + " 结束。", consolePath(s.id()));
    }
}
