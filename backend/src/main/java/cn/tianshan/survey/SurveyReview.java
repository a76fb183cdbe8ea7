package cn.tianshan.survey;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.survey.SurveyRepositories.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** A survey as a subject of the review engine: the unit head, then the site office; the last approval publishes it. */
@ApplicationScoped
class SurveyReview implements ReviewSubject {

    private final SurveyRepository surveys;
    private final ReviewChains chains;
    private final Notifications notifications;
    private final Clock clock;

    SurveyReview(SurveyRepository surveys, ReviewChains chains, Notifications notifications, Clock clock) {
        this.surveys = surveys;
        this.chains = chains;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public String type() {
        return Surveys.SUBJECT;
    }

    @Override
    public String label() {
        return "网上调查";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/surveys/" + id;
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        Survey s = find(id);
        return new SubjectSnapshot("网上调查：" + s.title(), s.unitCode(), s.unitCode(), null, (long) s.revision(), s.contentHash(),
                s.createdAt().toLocalDate(), null);
    }

    @Override
    public long chainId(long id) {
        return chains.idOf(Surveys.SUBJECT).orElseThrow(() -> ProblemException.conflict("缺少“网上调查审核”流程"));
    }

    @Override
    public void lock(long id) {
        surveys.lock(id).orElseThrow(() -> ProblemException.notFound("网上调查", id));
    }

    @Override
    public void approved(long id) {
        Survey s = find(id);
        s.published(Timestamps.now(clock));
        notifications.send(List.of(s.createdBy()), "survey.published", "网上调查已发布：" + s.title(),
                "调查将于 " + s.opensAt().toLocalDate() + " 开始，" + s.closesAt().toLocalDate() + " 结束。", consolePath(id));
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

    private Survey find(long id) {
        return surveys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("网上调查", id));
    }
}
