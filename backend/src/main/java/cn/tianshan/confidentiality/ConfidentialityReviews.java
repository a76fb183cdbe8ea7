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
import cn.tianshan.confidentiality.ConfidentialityViews.OpinionView;
import cn.tianshan.confidentiality.ConfidentialityViews.ReviewView;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The confidentiality review of Annex 5 (Art. 16): the reviewing staff's opinion (a secrecy reviewer of the 保密委员会),
 * then the opinion of the leader in charge of the article's unit, on the exact revision to be published. Nothing of
 * a column that needs the form is published without agree/agree on that revision. Opinions are never overwritten.
 */
@ApplicationScoped
public class ConfidentialityReviews implements PublicationClearance {

    private final ConfidentialityRepositories.ReviewRepository reviews;
    private final ConfidentialityRepositories.OpinionRepository opinions;
    private final Articles articles;
    private final Organisation organisation;
    private final People people;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    ConfidentialityReviews(ConfidentialityRepositories.ReviewRepository reviews,
                           ConfidentialityRepositories.OpinionRepository opinions, Articles articles,
                           Organisation organisation, People people, AccessPolicy access, CurrentUser user, AuditTrail audit,
                           Clock clock) {
        this.reviews = reviews;
        this.opinions = opinions;
        this.articles = articles;
        this.organisation = organisation;
        this.people = people;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form's standing: the latest staff opinion, and the latest leader opinion given on it. */
    record Standing(Optional<ConfidentialityOpinion> staff, Optional<ConfidentialityOpinion> leader) {
        static Standing of(List<ConfidentialityOpinion> all) {
            Optional<ConfidentialityOpinion> staff = all.stream().filter(o -> o.role() == ConfidentialityOpinion.Role.STAFF)
                    .reduce((a, b) -> b);
            Optional<ConfidentialityOpinion> leader = staff.flatMap(s -> all.stream()
                    .filter(o -> o.role() == ConfidentialityOpinion.Role.LEADER && s.id().equals(o.followsOpinionId()))
                    .reduce((a, b) -> b));
            return new Standing(staff, leader);
        }

        boolean agreed() {
            return staff.map(o -> o.opinion() == Opinion.AGREE).orElse(false)
                    && leader.map(o -> o.opinion() == Opinion.AGREE).orElse(false);
        }
    }

    /** Every form of the article, newest revision first; a blank form for the current revision while one is due. */
    public List<ReviewView> forArticle(long articleId) {
        requireRead(articleId);
        ArticleFacts facts = articles.facts(articleId);
        List<ReviewView> views = new ArrayList<>();
        List<ConfidentialityReview> forms = reviews.ofArticle(articleId);
        boolean currentExists = forms.stream().anyMatch(r -> r.revisionId() == facts.revisionId());
        if (!currentExists && facts.requiresAnnex5()) {
            views.add(blank(facts));
        }
        forms.forEach(r -> views.add(view(r, facts)));
        return views;
    }

    public ReviewView get(long id) {
        ConfidentialityReview review = reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("保密审查表", id));
        requireRead(review.articleId());
        return view(review, articles.facts(review.articleId()));
    }

    /** The register of a year's forms, in serial order, for filing. */
    public List<ReviewView> register(int year) {
        access.require(Role.SITE_OFFICE, Role.SECRECY_REVIEWER);
        return reviews.ofYear(year).stream().map(r -> view(r, articles.facts(r.articleId()))).toList();
    }

    @Transactional
    public ReviewView staffOpinion(@Valid OpinionCommand command) {
        access.require(Role.SECRECY_REVIEWER);
        ArticleFacts facts = reviewable(command);
        ConfidentialityReview review = formFor(facts);
        opinions.persist(ConfidentialityOpinion.of(review.id(), ConfidentialityOpinion.Role.STAFF, command.opinion(),
                note(command), user.username(), user.displayName(), Timestamps.now(clock), null));
        opinions.flush();
        audit.target("confidentiality-review", review.serial());
        return view(review, facts);
    }

    @Transactional
    public ReviewView leaderOpinion(@Valid OpinionCommand command) {
        access.require(Role.LEADER);
        ArticleFacts facts = reviewable(command);
        Optional<PersonRef> responsible = organisation.leaderOf(facts.unitCode());
        if (responsible.isEmpty()) {
            throw ProblemException.conflict(facts.unitName() + "尚未指定分管领导：请厅网站主管处室先在“分管领导”中指定");
        }
        if (!responsible.get().username().equals(user.username())) {
            throw ProblemException.forbidden("此信息属于" + facts.unitName() + "，保密审查表的主管领导意见由其分管领导"
                    + responsible.get().name() + "签署");
        }
        ConfidentialityReview review = reviews.forRevision(facts.revisionId())
                .orElseThrow(() -> ProblemException.conflict("工作机构或人员审查意见在先（附件5），尚未填写"));
        Standing standing = Standing.of(opinions.of(review.id()));
        ConfidentialityOpinion staff = standing.staff()
                .orElseThrow(() -> ProblemException.conflict("工作机构或人员审查意见在先（附件5），尚未填写"));
        if (staff.username().equals(user.username())) {
            throw ProblemException.forbidden("工作人员审查意见与主管领导意见须由两人分别签署");
        }
        opinions.persist(ConfidentialityOpinion.of(review.id(), ConfidentialityOpinion.Role.LEADER, command.opinion(),
                note(command), user.username(), user.displayName(), Timestamps.now(clock), staff.id()));
        opinions.flush();
        audit.target("confidentiality-review", review.serial());
        return view(review, facts);
    }

    @Override
    public Optional<String> blocker(long articleId, long revisionId, String revisionHash) {
        ArticleFacts facts = articles.facts(articleId);
        Optional<ConfidentialityReview> review = reviews.forRevision(revisionId).filter(r -> r.revisionHash().equals(revisionHash));
        Standing standing = review.map(r -> Standing.of(opinions.of(r.id()))).orElse(new Standing(Optional.empty(), Optional.empty()));
        return Optional.ofNullable(waitingFor(standing, facts));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handled(long articleId, long revisionId, String handlerUsername, String handlerName) {
        reviews.forRevision(revisionId).ifPresent(r -> r.handled(handlerUsername, handlerName, Timestamps.now(clock)));
    }

    /** In Chinese, what the form waits for and from whom; null once it is agree/agree. */
    String waitingFor(Standing standing, ArticleFacts facts) {
        if (standing.staff().isEmpty()) {
            return "保密审查（附件5）尚未完成：等待 " + names(people.matching(p -> p.holds(Role.SECRECY_REVIEWER)), "保密审查员")
                    + " 填写工作机构或人员审查意见（先审查、后公开）";
        }
        ConfidentialityOpinion staff = standing.staff().get();
        if (staff.opinion() == Opinion.DISAGREE) {
            return "保密审查（附件5）工作机构或人员审查意见为不同意（" + staff.name() + "），不能发布，请退回修改";
        }
        if (standing.leader().isEmpty()) {
            return organisation.leaderOf(facts.unitCode())
                    .map(l -> "保密审查（附件5）尚未完成：等待 " + l.name() + "（" + facts.unitName() + "的分管领导）签署主管领导意见")
                    .orElse("保密审查（附件5）尚未完成：" + facts.unitName() + "尚未指定分管领导，请厅网站主管处室指定后由其签署主管领导意见");
        }
        ConfidentialityOpinion leader = standing.leader().get();
        return leader.opinion() == Opinion.DISAGREE
                ? "保密审查（附件5）主管领导意见为不同意（" + leader.name() + "），不能发布，请退回修改" : null;
    }

    Standing standing(long articleId, long revisionId) {
        return reviews.forRevision(revisionId).map(r -> Standing.of(opinions.of(r.id())))
                .orElse(new Standing(Optional.empty(), Optional.empty()));
    }

    /** The article must be in review, on the revision the reviewer read, in a column that needs the form. */
    private ArticleFacts reviewable(OpinionCommand command) {
        articles.lockArticle(command.articleId());
        ArticleFacts facts = articles.facts(command.articleId());
        if (facts.editorialStatus() != EditorialStatus.IN_REVIEW) {
            throw ProblemException.conflict("保密审查在信息审核期间进行，此信息" + facts.editorialStatus().label());
        }
        if (!facts.requiresAnnex5()) {
            throw ProblemException.conflict("此信息所在栏目无需填写保密审查表（附件5）");
        }
        if (command.revisionId() != facts.revisionId()) {
            throw ProblemException.conflict("您审阅之后，信息又保存了第 " + facts.revisionNumber() + " 版：请刷新，按最新版本审查");
        }
        if (user.username().equals(facts.submittedBy())) {
            throw ProblemException.forbidden("送审人不能审查自己送审的信息");
        }
        reviews.forRevision(facts.revisionId()).filter(ConfidentialityReview::closed).ifPresent(r -> {
            throw ProblemException.conflict("此保密审查表已由" + r.handlerName() + "办结，不能再填写意见");
        });
        return facts;
    }

    private ConfidentialityReview formFor(ArticleFacts facts) {
        return reviews.forRevision(facts.revisionId()).orElseGet(() -> {
            LocalDateTime now = Timestamps.now(clock);
            ConfidentialityReview created = ConfidentialityReview.open(now.getYear(), reviews.nextSerial(now.getYear()), facts.id(),
                    facts.revisionId(), facts.revisionNumber(), facts.revisionHash(), facts.unitName(), facts.title(),
                    facts.origin(), facts.sourceName(), facts.publicationForm(), facts.publicationFormOther(), now);
            reviews.persist(created);
            reviews.flush();
            return created;
        });
    }

    private void requireRead(long articleId) {
        if (!articles.mayRead(articleId)) {
            throw ProblemException.forbidden("此信息属于其他单位，也没有等待您审查");
        }
    }

    private List<String> allowed(ConfidentialityReview review, Standing standing, ArticleFacts facts) {
        List<String> allowed = new ArrayList<>();
        boolean open = facts.editorialStatus() == EditorialStatus.IN_REVIEW && facts.requiresAnnex5()
                && !user.username().equals(facts.submittedBy()) && (review == null || !review.closed())
                && (review == null || review.revisionId() == facts.revisionId());
        if (!open) {
            return allowed;
        }
        if (user.has(Role.SECRECY_REVIEWER)) {
            allowed.add("staff-opinion");
        }
        boolean responsible = organisation.leaderOf(facts.unitCode()).map(l -> l.username().equals(user.username())).orElse(false);
        if (user.has(Role.LEADER) && responsible && standing.staff().isPresent()
                && !standing.staff().get().username().equals(user.username())) {
            allowed.add("leader-opinion");
        }
        return allowed;
    }

    private ReviewView view(ConfidentialityReview r, ArticleFacts facts) {
        List<ConfidentialityOpinion> all = opinions.of(r.id());
        Standing standing = Standing.of(all);
        boolean current = facts.revisionId() == r.revisionId();
        List<OpinionView> opinionViews = all.stream().map(o -> opinionView(o, standing)).toList();
        return new ReviewView(r.id(), r.serial(), r.articleId(), r.revisionId(), r.revisionNo(), r.revisionHash(), current,
                r.department(), r.articleTitle(), r.origin(), r.origin().label(), r.sourceName(), r.publicationForm(),
                r.publicationForm().label(), r.publicationFormOther(), standing.staff().map(o -> opinionView(o, standing)).orElse(null),
                standing.leader().map(o -> opinionView(o, standing)).orElse(null), opinionViews,
                organisation.leaderOf(facts.unitCode()).map(PersonRef::name).orElse(null), r.handlerName(), r.handledAt(),
                standing.agreed(), current ? waitingFor(standing, facts) : null, current ? allowed(r, standing, facts) : List.of());
    }

    private ReviewView blank(ArticleFacts f) {
        Standing none = new Standing(Optional.empty(), Optional.empty());
        return new ReviewView(null, null, f.id(), f.revisionId(), f.revisionNumber(), f.revisionHash(), true, f.unitName(), f.title(),
                f.origin(), f.origin().label(), f.sourceName(), f.publicationForm(), f.publicationForm().label(),
                f.publicationFormOther(), null, null, List.of(), organisation.leaderOf(f.unitCode()).map(PersonRef::name).orElse(null),
                null, null, false, f.editorialStatus() == EditorialStatus.IN_REVIEW ? waitingFor(none, f) : null,
                allowed(null, none, f));
    }

    private static OpinionView opinionView(ConfidentialityOpinion o, Standing standing) {
        boolean current = standing.staff().map(s -> s.id().equals(o.id())).orElse(false)
                || standing.leader().map(l -> l.id().equals(o.id())).orElse(false);
        return new OpinionView(o.id(), o.role(), o.role().label(), o.opinion(), o.opinion().label(), o.note(), o.username(),
                o.name(), o.givenAt(), current);
    }

    private static String names(List<Person> persons, String fallback) {
        return persons.isEmpty() ? fallback : persons.stream().map(Person::name).collect(Collectors.joining("、")) + "（" + fallback + "）";
    }

    private static String note(OpinionCommand command) {
        return command.note() == null || command.note().isBlank() ? null : command.note().trim();
    }
}
