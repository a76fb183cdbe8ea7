package cn.tianshan.disclosure;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.disclosure.DisclosureViews.GuideDraft;
import cn.tianshan.disclosure.DisclosureViews.GuideView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;

/** The disclosure guide: the site office saves a new revision each time; the public reads the newest. */
@ApplicationScoped
public class DisclosureGuide implements PanacheRepositoryBase<DisclosureGuideRevision, Long> {

    private final CurrentUser user;
    private final Clock clock;

    DisclosureGuide(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    public GuideView current() {
        return find("", Sort.descending("number")).firstResultOptional().map(DisclosureGuideRevision::view)
                .orElseThrow(() -> ProblemException.notFound("政府信息公开指南", "current"));
    }

    public List<GuideView> history() {
        return listAll(Sort.descending("number")).stream().map(DisclosureGuideRevision::view).toList();
    }

    /**
     * Saves the guide as the next revision, built on {@code basedOn} (the revision the editor saw): two editors
     * saving at once cannot both become revision n + 1 (the number is unique), and a stale one is told to reload.
     */
    @Transactional
    public GuideView save(@Valid GuideDraft draft, int basedOn) {
        int newest = find("", Sort.descending("number")).firstResultOptional().map(DisclosureGuideRevision::number).orElse(0);
        if (basedOn != newest) {
            throw ProblemException.conflict("指南已被他人修改为第 " + newest + " 版，请刷新后在最新版本上修改");
        }
        DisclosureGuideRevision revision = DisclosureGuideRevision.of(newest + 1, draft, user.displayName(), Timestamps.now(clock));
        try {
            persist(revision);
            flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("指南刚被他人修改，请刷新后在最新版本上修改");
        }
        return revision.view();
    }
}
