package cn.tianshan.portal;

import cn.tianshan.article.PublicArticles;
import cn.tianshan.article.PublicArticles.SitemapEntry;
import cn.tianshan.article.PublicViews.ColumnPage;
import cn.tianshan.article.PublicViews.ListedArticle;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.publicweb.CachedResponses;
import cn.tianshan.publicweb.PublicCache;
import cn.tianshan.publicweb.PublicFastPath;
import cn.tianshan.site.SiteIdentityConfig;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.SiteView;
import cn.tianshan.site.Sites;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What crawlers and feed readers expect of a public site: {@code robots.txt}, {@code sitemap.xml} (an index of
 * sitemaps of at most 50,000 addresses each, articles with their last-modified dates) and an RSS feed per
 * column. Rendered once and kept in the public cache, so a publication or withdrawal renews exactly them.
 */
@ApplicationScoped
public class CrawlerFiles {

    static final int URLS_PER_SITEMAP = 50_000;
    private static final int FEED_ITEMS = 20;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+08:00'");

    private final PublicArticles articles;
    private final Sites sites;
    private final SiteIdentityConfig identity;
    private final PublicCache cache;
    private final CachedResponses.Renderer renderer;

    CrawlerFiles(PublicArticles articles, Sites sites, SiteIdentityConfig identity, PublicCache cache,
                 CachedResponses.Renderer renderer) {
        this.articles = articles;
        this.sites = sites;
        this.identity = identity;
        this.cache = cache;
        this.renderer = renderer;
    }

    void install(@Observes Router router) {
        router.get("/robots.txt").handler(rc -> PublicFastPath.answer(rc, PublicCache.entry(robots(), "text/plain; charset=utf-8", 200)));
        router.get("/sitemap.xml").blockingHandler(rc -> serve(rc, "crawler:sitemap-index", this::sitemapIndex), false);
        router.get("/sitemaps/pages.xml").blockingHandler(rc -> serve(rc, "crawler:sitemap-pages", this::pagesSitemap), false);
        router.getWithRegex("/sitemaps/articles-(\\d{1,4})\\.xml").blockingHandler(rc -> {
            int page = Integer.parseInt(rc.pathParam("param0"));
            serve(rc, "crawler:sitemap-articles-" + page, () -> articlesSitemap(page));
        }, false);
        router.getWithRegex("/columns/(\\d{1,18})/feed\\.xml").blockingHandler(rc -> {
            long column = Long.parseLong(rc.pathParam("param0"));
            serve(rc, "crawler:feed-" + column, () -> feed(column));
        }, false);
    }

    private void serve(RoutingContext rc, String key, Supplier<String> xml) {
        PublicCache.Entry entry;
        try {
            entry = cache.computeIfAbsent(key, () -> renderer.render(key,
                    () -> PublicCache.entry(xml.get(), "application/xml; charset=utf-8", 200)));
        } catch (ProblemException e) {
            entry = PublicCache.entry("{\"type\":\"" + e.type() + "\",\"title\":\"未找到\",\"status\":" + e.status()
                    + ",\"detail\":\"" + e.getMessage().replace("\"", "'") + "\"}", "application/problem+json", e.status());
        }
        PublicFastPath.answer(rc, entry);
    }

    private String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n\nSitemap: " + origin() + "/sitemap.xml\n";
    }

    private String sitemapIndex() {
        long count = articles.publishedCount();
        int files = (int) Math.max(1, (count + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>").append(origin()).append("/sitemaps/pages.xml</loc></sitemap>\n");
        for (int i = 0; i < files; i++) {
            xml.append("  <sitemap><loc>").append(origin()).append("/sitemaps/articles-").append(i).append(".xml</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    private String pagesSitemap() {
        StringBuilder xml = urlset();
        for (SiteView site : sites.sites()) {
            url(xml, site.code().equals(PortalFrame.MAIN) ? "/" : "/sites/" + site.code(), null);
            sites.tree(site.id(), true).stream().flatMap(CrawlerFiles::flatten).forEach(c -> url(xml, "/columns/" + c.id(), null));
        }
        Stream.of("/units", "/search", "/disclosure/guide", "/disclosure/catalogue", "/mailbox", "/consultations", "/interviews",
                "/surveys").forEach(path -> url(xml, path, null));
        return xml.append("</urlset>\n").toString();
    }

    private String articlesSitemap(int page) {
        List<SitemapEntry> entries = articles.sitemap(page, URLS_PER_SITEMAP);
        if (entries.isEmpty() && page > 0) {
            throw ProblemException.notFound("网站地图", page);
        }
        StringBuilder xml = urlset();
        entries.forEach(e -> url(xml, "/items/" + e.id(), e.lastModified()));
        return xml.append("</urlset>\n").toString();
    }

    private String feed(long columnId) {
        ColumnPage page = articles.column(columnId, null, FEED_ITEMS);
        String link = origin() + "/columns/" + columnId;
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("  <title>").append(escape(page.column().name() + " - " + identity.name())).append("</title>\n")
                .append("  <link>").append(link).append("</link>\n")
                .append("  <description>").append(escape(identity.name() + "“" + page.column().name() + "”栏目最新信息")).append("</description>\n")
                .append("  <language>zh-cn</language>\n");
        for (ListedArticle a : page.articles()) {
            String url = origin() + "/items/" + a.id();
            rss.append("  <item><title>").append(escape(a.title())).append("</title><link>").append(url).append("</link>")
                    .append("<guid isPermaLink=\"true\">").append(url).append("</guid>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.publishedAt().atOffset(ZoneOffset.ofHours(8))))
                    .append("</pubDate><author>").append(escape(a.unitName())).append("</author></item>\n");
        }
        return rss.append("</channel>\n</rss>\n").toString();
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private void url(StringBuilder xml, String path, LocalDateTime lastModified) {
        xml.append("  <url><loc>").append(origin()).append(path).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(W3C.format(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static Stream<ColumnNode> flatten(ColumnNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(CrawlerFiles::flatten));
    }

    private String origin() {
        return "https://" + identity.domain();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
