package cn.tianshan.consultation;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.consultation.ConsultationRepositories.ConsultationRepository;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.SubjectSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consultation as a subject of the review engine: the unit head (proofreading), then the site office
 * (confidentiality). The last approval publishes it and starts the feedback clock from its close date.
 */
@ApplicationScoped
class ConsultationReview implements ReviewSubject {

    private final ConsultationRepository consultations;
    private final ReviewChains chains;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final Clock clock;
    private final int feedbackDays;

    ConsultationReview(ConsultationRepository consultations, ReviewChains chains, Deadlines deadlines, Notifications notifications,
                       Clock clock, @ConfigProperty(name = "tianshan.consultations.feedback-working-days") int feedbackDays) {
        this.consultations = consultations;
        this.chains = chains;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
        this.feedbackDays = feedbackDays;
    }

    @Override
    public String type() {
        return Consultations.SUBJECT;
    }

    @Override
    public String label() {
        return "征求意见";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/consultations/" + id;
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        Consultation c = find(id);
        return new SubjectSnapshot("征求意见：" + c.title(), c.unitCode(), c.unitCode(), null, (long) c.revision(), c.contentHash(),
                c.createdAt().toLocalDate(), null);
    }

    @Override
    public long chainId(long id) {
        return chains.idOf(Consultations.SUBJECT).orElseThrow(() -> ProblemException.conflict("缺少“征求意见审核”流程"));
    }

    @Override
    public void lock(long id) {
        consultations.lock(id).orElseThrow(() -> ProblemException.notFound("征求意见", id));
    }

    @Override
    public void approved(long id) {
        Consultation c = find(id);
        c.published(Timestamps.now(clock));
        deadlines.start(Consultations.SUBJECT, id, Consultations.FEEDBACK_CLOCK, "意见反馈时限", c.unitCode(), c.closesAt().toLocalDate(),
                feedbackDays);
        notifications.send(List.of(c.createdBy()), "consultation.published", "征求意见稿已发布：" + c.title(),
                "征求意见至 " + c.closesAt().toLocalDate() + " 截止，截止后 " + feedbackDays + " 个工作日内须发布意见反馈。", consolePath(id));
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

    private Consultation find(long id) {
        return consultations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("征求意见", id));
    }
}
