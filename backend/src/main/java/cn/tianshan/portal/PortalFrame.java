package cn.tianshan.portal;

import cn.tianshan.article.PublicArticles;
import cn.tianshan.article.PublicViews.ColumnRef;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.site.SiteIdentityConfig;
import cn.tianshan.common.web.ShellContent;
import cn.tianshan.publicweb.CachedResponses;
import cn.tianshan.publicweb.PublicCache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** What every server-rendered public page shares: the site's name and navigation around it, the identity footer below. */
@ApplicationScoped
class PortalFrame {

    static final String MAIN = "main";

    private final PublicArticles articles;
    private final SiteIdentityConfig identity;

    private final Template missing;
    private final PublicCache cache;
    private final CachedResponses.Renderer renderer;

    PortalFrame(PublicArticles articles, SiteIdentityConfig identity, @Location("portal/missing.html") Template missing,
                PublicCache cache, CachedResponses.Renderer renderer) {
        this.articles = articles;
        this.identity = identity;
        this.missing = missing;
        this.cache = cache;
        this.renderer = renderer;
    }

    /**
     * A page rendered once and kept with the public JSON, so it is emptied on the same changes (publication,
     * withdrawal, column changes). Only for pages that change with those and nothing else.
     */
    ShellContent.Page cached(String path, String query, Supplier<ShellContent.Page> render) {
        String key = key(path, query);
        PublicCache.Entry entry = cache.computeIfAbsent(key, () -> renderer.render(key, () -> fragment(render.get())));
        String[] parts = new String(entry.body(), StandardCharsets.UTF_8).split("\n", 3);
        return new ShellContent.Page(entry.status(), parts[0], parts[1], parts[2]);
    }

    static String key(String path, String query) {
        return "page:" + path + "?" + (query == null ? "" : query);
    }

    /** What is kept of a page: its title, description and the HTML inside the frame. */
    static PublicCache.Entry fragment(ShellContent.Page page) {
        return PublicCache.entry(page.title() + "\n" + page.description().replace('\n', ' ') + "\n" + page.html(), "text/html",
                page.status());
    }

    /** The 404 page every public address shares. */
    ShellContent.Page notFound() {
        return new ShellContent.Page(404, title("页面不存在"), "页面不存在", render(missing.instance(), MAIN));
    }

    /** The page's template rendered inside the frame of the site {@code siteCode}. */
    String render(TemplateInstance page, String siteCode) {
        List<ColumnRef> navigation;
        try {
            navigation = articles.navigation(siteCode);
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
