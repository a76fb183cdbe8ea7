package cn.tianshan.link;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkRepositories.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Art. 9 at the door: an item, a column's external address or a homepage link may lead off the site only to a
 * government host or to a host covered by an approved, unexpired link registration (Annex 4).
 */
@ApplicationScoped
public class LinkPolicy {

    /** A link found in something being saved: the form field, where a person sees it, and the address. */
    public record FoundLink(String field, String where, String url) {
    }

    /** A refused link, for the problem's payload: the editor sees each one and how to register it. */
    public record RefusedLink(String field, String where, String url, String host, String registerPath) {
    }

    private final GovernmentHosts government;
    private final RegistrationRepository registrations;
    private final Clock clock;

    LinkPolicy(GovernmentHosts government, RegistrationRepository registrations, Clock clock) {
        this.government = government;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** One field error per link that may not be published, naming the link, its host and where it is. */
    public List<FieldError> refused(List<FoundLink> links) {
        return refusedLinks(links).stream().map(r -> new FieldError(r.field(), r.host() == null
                ? r.where() + "的链接“" + r.url() + "”无法识别，请检查地址"
                : r.where() + "的链接 " + r.url() + " 指向 " + r.host() + "：不是政府网站，也没有已批准的链接备案（第九条）。"
                + "请先在“链接备案”中登记（附件4），经单位和厅网站主管处室同意后再发布")).toList();
    }

    /** Throws a 422 listing every refused link (with where it is and where to register it), if any. */
    public void requireAllowed(List<FoundLink> links) {
        List<RefusedLink> refused = refusedLinks(links);
        if (!refused.isEmpty()) {
            throw new ProblemException(422, "unregistered-links", "链接未备案",
                    "有 " + refused.size() + " 个链接指向未备案的非政府网站，不能保存", refused(links), refused);
        }
    }

    public List<RefusedLink> refusedLinks(List<FoundLink> links) {
        boolean leavesGovernment = links.stream().map(l -> LinkTarget.of(l.url()))
                .anyMatch(t -> t.kind() == LinkTarget.Kind.OUTBOUND && !government.isGovernment(t.host()));
        Set<String> registered = !leavesGovernment ? Set.of()
                : Set.copyOf(registrations.approvedHosts(Timestamps.now(clock).toLocalDate()));
        List<RefusedLink> refused = new ArrayList<>();
        for (FoundLink link : links) {
            LinkTarget target = LinkTarget.of(link.url());
            switch (target.kind()) {
                case INTERNAL -> {
                }
                case UNREADABLE -> refused.add(new RefusedLink(link.field(), link.where(), link.url(), null, null));
                case OUTBOUND -> {
                    if (!government.isGovernment(target.host()) && !registered.contains(target.host())) {
                        refused.add(new RefusedLink(link.field(), link.where(), link.url(), target.host(),
                                "/admin/link-registrations/new?url=" + URLEncoder.encode(link.url(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return refused;
    }

    public boolean isGovernment(String host) {
        return government.isGovernment(host);
    }
}
