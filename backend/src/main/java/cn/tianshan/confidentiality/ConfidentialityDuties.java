package cn.tianshan.confidentiality;

import cn.tianshan.article.Articles;
import cn.tianshan.article.Articles.ArticleFacts;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.confidentiality.ConfidentialityReviews.Standing;
import cn.tianshan.inbox.Duty;
import cn.tianshan.inbox.DutySource;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The Annex 5 opinions waiting for the current user: a secrecy reviewer sees every article in review whose form
 * lacks the staff opinion; the leader in charge of an article's unit sees it once the staff agreed.
 */
@ApplicationScoped
class ConfidentialityDuties implements DutySource {

    private final Articles articles;
    private final ConfidentialityReviews reviews;
    private final Organisation organisation;
    private final CurrentUser user;

    ConfidentialityDuties(Articles articles, ConfidentialityReviews reviews, Organisation organisation, CurrentUser user) {
        this.articles = articles;
        this.reviews = reviews;
        this.organisation = organisation;
        this.user = user;
    }

    @Override
    public List<Duty> dutiesOfCurrentUser() {
        boolean secrecy = user.has(Role.SECRECY_REVIEWER);
        boolean leader = user.has(Role.LEADER);
        if (!secrecy && !leader) {
            return List.of();
        }
        List<Duty> duties = new ArrayList<>();
        for (ArticleFacts facts : articles.inReviewNeedingAnnex5()) {
            if (user.username().equals(facts.submittedBy())) {
                continue;
            }
            Standing standing = reviews.standing(facts.id(), facts.revisionId());
            if (secrecy && standing.staff().isEmpty()) {
                duties.add(duty(facts, "confidentiality-staff", "工作机构或人员审查意见", "staff-opinion", "填写审查意见"));
            }
            boolean responsible = organisation.leaderOf(facts.unitCode()).map(PersonRef::username)
                    .filter(user.username()::equals).isPresent();
            if (leader && responsible && standing.leader().isEmpty()
                    && standing.staff().filter(s -> s.opinion() == Opinion.AGREE).isPresent()
                    && !standing.staff().get().username().equals(user.username())) {
                duties.add(duty(facts, "confidentiality-leader", "主管领导意见", "leader-opinion", "签署领导意见"));
            }
        }
        return duties;
    }

    private static Duty duty(ArticleFacts facts, String kind, String step, String action, String label) {
        return new Duty(kind, "保密审查（附件5）", "article", facts.id(), facts.title(), facts.unitName(), step, null,
                facts.dueDate(), facts.submittedAt(), null, "/admin/articles/" + facts.id(), null, facts.revisionId(), null,
                List.of(new Duty.DutyAction(action, label, true, null)));
    }
}
