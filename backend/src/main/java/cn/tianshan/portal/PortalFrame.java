package cn.tianshan.portal;

import cn.tianshan.article.PublicArticles;
import cn.tianshan.article.PublicViews.ColumnRef;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.site.SiteIdentityConfig;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What every server-rendered public page shares: the site's name and navigation around it, the identity footer below. */
@ApplicationScoped
class PortalFrame {

    static final String MAIN = "main";

    private final PublicArticles articles;
    private final SiteIdentityConfig identity;

    PortalFrame(PublicArticles articles, SiteIdentityConfig identity) {
        this.articles = articles;
        this.identity = identity;
    }

    /** The page's template rendered inside the frame of the site {@code siteCode}. */
    String render(TemplateInstance page, String siteCode) {
        List<ColumnRef> navigation;
        try {
            navigation = articles.home(siteCode).navigation();
        } catch (ProblemException e) {
            navigation = List.of();
        }
        return page.data("identity", identity).data("navigation", navigation)
                .data("homeLink", siteCode.equals(MAIN) ? "/" : "/sites/" + siteCode).render();
    }

    /** "页面标题 - 网站名称". */
    String title(String page) {
        return page + " - " + identity.name();
    }
}
