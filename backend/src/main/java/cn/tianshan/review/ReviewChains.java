package cn.tianshan.review;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.review.ReviewRepositories.ChainRepository;
import cn.tianshan.review.ReviewRepositories.StepRepository;
import cn.tianshan.review.ReviewViews.ChainChange;
import cn.tianshan.review.ReviewViews.ChainView;
import cn.tianshan.review.ReviewViews.StepChange;
import cn.tianshan.review.ReviewViews.StepView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuring chains. The site office keeps the site-wide chains; a topic site's chain is kept by the unit
 * that owns it (Art. 16). An article chain always keeps at least three review levels between an editor and
 * the public (三审).
 */
@ApplicationScoped
public class ReviewChains {

    public static final int MINIMUM_ARTICLE_LEVELS = 3;
    public static final String ARTICLE = "article";

    private final ChainRepository chains;
    private final StepRepository steps;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Organisation organisation;
    private final People people;
    private final Clock clock;

    ReviewChains(ChainRepository chains, StepRepository steps, AccessPolicy access, CurrentUser user, AuditTrail audit,
                 Organisation organisation, People people, Clock clock) {
        this.organisation = organisation;
        this.people = people;
        this.chains = chains;
        this.steps = steps;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ChainView> all() {
        return chains.all().stream().map(this::view).toList();
    }

    public ChainView chain(long id) {
        return view(find(id));
    }

    public java.util.Optional<Long> idOf(String code) {
        return chains.find("code", code).firstResultOptional().map(ReviewChain::id);
    }

    public boolean exists(long id) {
        return chains.findByIdOptional(id).isPresent();
    }

    public String subjectTypeOf(long id) {
        return find(id).subjectType();
    }

    /** Replaces a chain's steps. Runs in progress keep approvals of steps that stay (same position and resolver). */
    @Transactional
    public ChainView change(long id, @Valid ChainChange change) {
        ReviewChain chain = find(id);
        if (chain.ownerUnit() == null) {
            access.require(Role.SITE_OFFICE);
        } else {
            access.requireInUnit(chain.ownerUnit(), Role.UNIT_HEAD, Role.SITE_OFFICE);
        }
        List<FieldError> errors = problems(chain, change);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LocalDateTime now = Timestamps.now(clock);
        steps.of(id).forEach(ReviewStep::retire);
        steps.flush();
        int position = 1;
        for (StepChange step : change.steps()) {
            steps.persist(ReviewStep.of(id, position++, step.name().trim(), step.resolver(), step.requiresProofread(),
                    step.requiresConfidentiality()));
        }
        chain.change(change.name().trim(), change.restartFromPosition(), user.username(), now);
        audit.target("review-chain", chain.code());
        steps.flush();
        return view(chain);
    }

    static List<FieldError> problems(ReviewChain chain, ChainChange change) {
        List<FieldError> errors = new ArrayList<>();
        if (change.restartFromPosition() > change.steps().size()) {
            errors.add(new FieldError("restartFromPosition", "重新开始的环节须是这 " + change.steps().size() + " 个环节之一"));
        }
        if (ARTICLE.equals(chain.subjectType())) {
            long levels = change.steps().stream().filter(s -> !s.resolver().conditional()).count();
            if (levels < MINIMUM_ARTICLE_LEVELS) {
                errors.add(new FieldError("steps", "信息审核流程至少要有 " + MINIMUM_ARTICLE_LEVELS
                        + " 个始终适用的审核环节（三审），现在只有 " + levels + " 个"));
            }
            for (int i = 0; i < change.steps().size(); i++) {
                if (!change.steps().get(i).requiresProofread()) {
                    errors.add(new FieldError("steps[" + i + "].requiresProofread", "信息审核的每个环节都须校对（三校）"));
                }
            }
            if (change.steps().stream().noneMatch(StepChange::requiresConfidentiality)) {
                errors.add(new FieldError("steps", "信息审核流程须有一个进行保密审查的环节（先审查、后公开）"));
            }
        }
        return errors;
    }

    private ReviewChain find(long id) {
        return chains.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("审核流程", id));
    }

    private ChainView view(ReviewChain chain) {
        List<StepView> stepViews = steps.of(chain.id()).stream().map(s -> new StepView(s.position(), s.name(), s.resolver(),
                s.resolver().label(), s.resolver().conditional(), s.requiresProofread(), s.requiresConfidentiality())).toList();
        return new ChainView(chain.id(), chain.code(), chain.name(), chain.subjectType(), chain.restartFromPosition(),
                chain.ownerUnit(), chain.ownerUnit() == null ? null : organisation.nameOf(chain.ownerUnit()), stepViews,
                chain.updatedAt(), chain.updatedBy(), "system".equals(chain.updatedBy()) ? "系统" : people.nameOf(chain.updatedBy()));
    }
}
