package cn.tianshan.confidentiality;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.Articles;
import cn.tianshan.article.Articles.ArticleFacts;
import cn.tianshan.article.PublicationClearance;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.confidentiality.ConfidentialityViews.OpinionCommand;
import cn.tianshan.confidentiality.ConfidentialityViews.ReviewView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The confidentiality review of Annex 5: a secrecy reviewer's opinion, then a leader's, on the exact revision
 * to be published. Nothing of the government-affairs kinds is published without agree/agree on that revision.
 */
@ApplicationScoped
public class ConfidentialityReviews implements PublicationClearance {

    @ApplicationScoped
    static class ReviewRepository implements PanacheRepositoryBase<ConfidentialityReview, Long> {
        Optional<ConfidentialityReview> forRevision(long revisionId) {
            return find("revisionId", revisionId).firstResultOptional();
        }

        List<ConfidentialityReview> ofItem(long articleId) {
            return list("articleId", Sort.descending("id"), articleId);
        }

        List<ConfidentialityReview> ofYear(int year) {
            return list("serialYear", Sort.ascending("serialNo"), year);
        }
    }

    private final ReviewRepository reviews;
    private final Articles articles;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final EntityManager em;
    private final Clock clock;

    ConfidentialityReviews(ReviewRepository reviews, Articles articles, AccessPolicy access, CurrentUser user, AuditTrail audit,
                           EntityManager em, Clock clock) {
        this.reviews = reviews;
        this.articles = articles;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** The form for the article's current revision (not yet saved when nobody has given an opinion). */
    public ReviewView current(long articleId) {
        requireRead(articleId);
        ArticleFacts facts = articles.facts(articleId);
        return reviews.forRevision(facts.revisionId()).map(r -> view(r, facts))
                .orElseGet(() -> blank(facts));
    }

    public List<ReviewView> history(long articleId) {
        requireRead(articleId);
        ArticleFacts facts = articles.facts(articleId);
        return reviews.ofItem(articleId).stream().map(r -> view(r, facts)).toList();
    }

    /** The register of a year's reviews, in serial order, for filing. */
    public List<ReviewView> register(int year) {
        access.require(Role.SITE_OFFICE, Role.SECRECY_REVIEWER);
        return reviews.ofYear(year).stream().map(r -> view(r, null)).toList();
    }

    @Transactional
    public ReviewView staffOpinion(long articleId, @Valid OpinionCommand command) {
        access.require(Role.SECRECY_REVIEWER);
        ArticleFacts facts = inReview(articleId);
        ConfidentialityReview review = reviewFor(facts);
        review.staff(command.opinion(), user.username(), user.displayName(), note(command), Timestamps.now(clock));
        audit.target("confidentiality-review", review.serial());
        return view(review, facts);
    }

    @Transactional
    public ReviewView leaderOpinion(long articleId, @Valid OpinionCommand command) {
        access.require(Role.LEADER);
        ArticleFacts facts = inReview(articleId);
        ConfidentialityReview review = reviews.forRevision(facts.revisionId())
                .orElseThrow(() -> ProblemException.conflict("the reviewing staff's opinion comes first (Annex 5)"));
        review.leader(command.opinion(), user.username(), user.displayName(), note(command), Timestamps.now(clock));
        audit.target("confidentiality-review", review.serial());
        return view(review, facts);
    }

    @Override
    public Optional<String> blocker(long articleId, long revisionId, String revisionHash) {
        Optional<ConfidentialityReview> review = reviews.forRevision(revisionId).filter(r -> r.revisionHash().equals(revisionHash));
        if (review.isEmpty()) {
            return Optional.of("no confidentiality review (保密审查) on this revision yet: 先审查、后公开");
        }
        if (!review.get().agreed()) {
            return Optional.of("the confidentiality review of this revision is not agree/agree (staff: "
                    + label(review.get().staffOpinion()) + ", leader: " + label(review.get().leaderOpinion()) + ")");
        }
        return Optional.empty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handled(long articleId, long revisionId, String handlerUsername, String handlerName) {
        reviews.forRevision(revisionId).ifPresent(r -> r.handled(handlerUsername, handlerName, Timestamps.now(clock)));
    }

    private ArticleFacts inReview(long articleId) {
        ArticleFacts facts = articles.facts(articleId);
        if (facts.editorialStatus() != EditorialStatus.IN_REVIEW) {
            throw ProblemException.conflict("a confidentiality review is given while the article is in review");
        }
        if (user.username().equals(facts.submittedBy())) {
            throw ProblemException.forbidden("whoever submitted an article never reviews it");
        }
        return facts;
    }

    private ConfidentialityReview reviewFor(ArticleFacts facts) {
        return reviews.forRevision(facts.revisionId()).orElseGet(() -> {
            LocalDateTime now = Timestamps.now(clock);
            ConfidentialityReview created = ConfidentialityReview.open(now.getYear(), nextSerial(now.getYear()), facts.id(),
                    facts.revisionId(), facts.revisionHash(), facts.unitName(), facts.title(), facts.origin(),
                    facts.sourceName(), facts.publicationForm(), facts.publicationFormOther(), now);
            reviews.persist(created);
            return created;
        });
    }

    private int nextSerial(int year) {
        em.createNativeQuery("INSERT INTO confidentiality_sequence (year, last_value) VALUES (?1, 0) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value").setParameter(1, year).executeUpdate();
        int last = ((Number) em.createNativeQuery("SELECT last_value FROM confidentiality_sequence WHERE year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult()).intValue();
        em.createNativeQuery("UPDATE confidentiality_sequence SET last_value = ?1 WHERE year = ?2")
                .setParameter(1, last + 1).setParameter(2, year).executeUpdate();
        return last + 1;
    }

    private void requireRead(long articleId) {
        if (!articles.mayRead(articleId)) {
            throw ProblemException.forbidden("this article belongs to another unit and is not waiting for you");
        }
    }

    private List<String> allowed(ConfidentialityReview review, ArticleFacts facts) {
        List<String> allowed = new ArrayList<>();
        if (facts == null || facts.editorialStatus() != EditorialStatus.IN_REVIEW || user.username().equals(facts.submittedBy())
                || (review != null && review.handlerName() != null)) {
            return allowed;
        }
        boolean leaderDone = review != null && review.leaderOpinion() != null;
        if (user.has(Role.SECRECY_REVIEWER) && !leaderDone) {
            allowed.add("staff-opinion");
        }
        if (user.has(Role.LEADER) && review != null && review.staffOpinion() != null
                && !user.username().equals(review.staffUsername())) {
            allowed.add("leader-opinion");
        }
        return allowed;
    }

    private ReviewView view(ConfidentialityReview r, ArticleFacts facts) {
        return new ReviewView(r.id(), r.serial(), r.articleId(), r.revisionId(), r.revisionHash(),
                facts != null && facts.revisionId() == r.revisionId(), r.department(), r.articleTitle(), r.origin(),
                r.origin().label(), r.sourceName(), r.publicationForm(), r.publicationForm().label(), r.publicationFormOther(),
                r.staffOpinion(), r.staffName(), r.staffNote(), r.staffAt(), r.leaderOpinion(), r.leaderName(), r.leaderNote(),
                r.leaderAt(), r.handlerName(), r.handledAt(), r.agreed(), allowed(r, facts));
    }

    private ReviewView blank(ArticleFacts f) {
        return new ReviewView(null, null, f.id(), f.revisionId(), f.revisionHash(), true, f.unitName(), f.title(), f.origin(),
                f.origin().label(), f.sourceName(), f.publicationForm(), f.publicationForm().label(), f.publicationFormOther(),
                null, null, null, null, null, null, null, null, null, null, false, allowed(null, f));
    }

    private static String label(Opinion opinion) {
        return opinion == null ? "未填写" : opinion.label();
    }

    private static String note(OpinionCommand command) {
        return command.note() == null || command.note().isBlank() ? null : command.note().trim();
    }
}
