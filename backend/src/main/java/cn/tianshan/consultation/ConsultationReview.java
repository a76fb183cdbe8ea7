package cn.tianshan.consultation;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.consultation.ConsultationRepositories.ConsultationRepository;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.DocumentReview;
import cn.tianshan.review.ReviewChains;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consultation on the review engine: the unit head (proofreading), then the site office (confidentiality). The
 * last approval publishes it and starts the feedback clock from its close date.
 */
@Singleton
class ConsultationReview extends DocumentReview<Consultation> {

    private final ConsultationRepository consultations;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final Clock clock;
    private final int feedbackDays;

    ConsultationReview(ConsultationRepository consultations, ReviewChains chains, Deadlines deadlines, Notifications notifications,
                       Clock clock, @ConfigProperty(name = "tianshan.consultations.feedback-working-days") int feedbackDays) {
        super(Consultations.SUBJECT, "征求意见", "/admin/consultations/", chains);
        this.consultations = consultations;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
        this.feedbackDays = feedbackDays;
    }

    @Override
    protected Optional<Consultation> find(long id) {
        return consultations.findByIdOptional(id);
    }

    @Override
    protected Optional<Consultation> lockRow(long id) {
        return consultations.lock(id);
    }

    @Override
    protected void publish(Consultation c) {
        c.published(Timestamps.now(clock));
        deadlines.start(Consultations.SUBJECT, c.id(), Consultations.FEEDBACK_CLOCK, "意见反馈时限", c.unitCode(), c.closesAt().toLocalDate(),
                feedbackDays);
        notifications.send(List.of(c.createdBy()), "consultation.published", "征求意见稿已发布：" + c.title(),
                "征求意见至 " + c.closesAt().toLocalDate() + " 截止，截止后 " + feedbackDays + " 个工作日内须发布意见反馈。", consolePath(c.id()));
    }
}
