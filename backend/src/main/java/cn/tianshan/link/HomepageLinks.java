package cn.tianshan.link;

import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkPolicy.FoundLink;
import cn.tianshan.link.LinkRepositories.HomepageLinkRepository;
import cn.tianshan.publicweb.PublicChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The homepage's 相关链接 (Art. 9): in principle government sites; any other needs an approved registration. The
 * site office keeps the list; the monitor checks it like any other outbound link.
 */
@ApplicationScoped
public class HomepageLinks implements LinkSource {

    public record LinkView(long id, String name, String url, String host, boolean government, String createdByName,
                           LocalDateTime createdAt) {
    }

    public record LinkCommand(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 500) String url) {
    }

    private final HomepageLinkRepository links;
    private final LinkPolicy policy;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final PublicChangeLog publicChanges;
    private final Clock clock;

    HomepageLinks(HomepageLinkRepository links, LinkPolicy policy, AccessPolicy access, CurrentUser user, AuditTrail audit,
                  PublicChangeLog publicChanges, Clock clock) {
        this.links = links;
        this.policy = policy;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    public List<LinkView> current() {
        return links.current().stream().map(this::view).toList();
    }

    @Transactional
    public LinkView add(@Valid LinkCommand command) {
        access.require(Role.SITE_OFFICE);
        String url = command.url().trim();
        if (!url.matches("(?i)^https?://.+") || LinkTarget.hostOf(url).isEmpty()) {
            throw ProblemException.invalid("url", "链接地址须是以 http:// 或 https:// 开头的完整网址");
        }
        policy.requireAllowed(List.of(new FoundLink("url", "首页链接“" + command.name().trim() + "”", url)));
        HomepageLink link = HomepageLink.of(command.name().trim(), url, links.nextSortOrder(), user.displayName(), Timestamps.now(clock));
        links.persist(link);
        links.flush();
        audit.target("homepage-link", link.id());
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return view(link);
    }

    @Transactional
    public void remove(long id) {
        access.require(Role.SITE_OFFICE);
        HomepageLink link = links.findByIdOptional(id).filter(l -> l.removedAt() == null)
                .orElseThrow(() -> ProblemException.notFound("首页链接", id));
        link.remove(user.displayName(), Timestamps.now(clock));
        audit.target("homepage-link", id);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
    }

    @Override
    public List<Occurrence> outboundLinks() {
        return links.current().stream().map(l -> new Occurrence(l.url(), "homepage-link", l.id(), "首页链接：" + l.name(), "BGS", "/"))
                .toList();
    }

    private LinkView view(HomepageLink l) {
        String host = LinkTarget.hostOf(l.url()).orElse(null);
        return new LinkView(l.id(), l.name(), l.url(), host, host != null && policy.isGovernment(host), l.createdByName(), l.createdAt());
    }
}
