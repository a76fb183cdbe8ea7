package cn.tianshan.portal;

import cn.tianshan.article.PublicArticles;
import cn.tianshan.article.PublicViews.Home;
import cn.tianshan.article.PublicViews.WithdrawnNotice;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.web.ShellContent;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.UnitKind;
import cn.tianshan.site.SiteIdentityConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete HTML for the public addresses ({@code /}, {@code /sites/{code}}, {@code /columns/{id}},
 * {@code /articles/{id}}): title, dates, body or list, links and the site identity footer, for clients that
 * run no JavaScript. Rendered pages are cached with the public JSON and emptied on the same changes.
 */
@ApplicationScoped
public class PortalPages implements ShellContent {

    private static final Pattern SITE = Pattern.compile("/sites/([a-z0-9-]{1,40})/?");
    private static final Pattern COLUMN = Pattern.compile("/columns/(\\d{1,18})/?");
    private static final Pattern ITEM = Pattern.compile("/items/(\\d{1,18})/?");
    private static final Pattern UNITS = Pattern.compile("/units/?");
    private static final Pattern AFTER = Pattern.compile("(?:^|&)after=([A-Za-z0-9_-]{1,200})");

    private final PublicArticles articles;
    private final SiteIdentityConfig identity;
    private final Template home;
    private final Template column;
    private final Template article;
    private final Template withdrawn;
    private final Template unitsPage;
    private final Organisation organisation;
    private final PortalFrame frame;

    PortalPages(PublicArticles articles, SiteIdentityConfig identity,
                @Location("portal/home.html") Template home, @Location("portal/column.html") Template column,
                @Location("portal/article.html") Template article, @Location("portal/withdrawn.html") Template withdrawn,
                @Location("portal/units.html") Template unitsPage,
                Organisation organisation, PortalFrame frame) {
        this.frame = frame;
        this.unitsPage = unitsPage;
        this.organisation = organisation;
        this.articles = articles;
        this.identity = identity;
        this.home = home;
        this.column = column;
        this.article = article;
        this.withdrawn = withdrawn;
    }

    @Override
    public Optional<Page> render(String path, String query) {
        if (!path.equals("/") && !SITE.matcher(path).matches() && !COLUMN.matcher(path).matches()
                && !ITEM.matcher(path).matches() && !UNITS.matcher(path).matches()) {
            return Optional.empty();
        }
        return Optional.of(frame.cached(path, query, () -> page(path, query)));
    }

    Page page(String path, String query) {
        Matcher site = SITE.matcher(path);
        Matcher columnPath = COLUMN.matcher(path);
        Matcher itemPath = ITEM.matcher(path);
        try {
            if (path.equals("/") || site.matches()) {
                String code = path.equals("/") ? PortalFrame.MAIN : site.group(1);
                Home data = articles.home(code);
                return new Page(200, data.site().name(), identity.name() + " " + data.site().name(),
                        frame(home.data("home", data), code));
            }
            if (columnPath.matches()) {
                String after = query == null ? null : findAfter(query);
                var data = articles.column(Long.parseLong(columnPath.group(1)), after, 20);
                return new Page(200, frame.title(data.column().name()), data.column().name(),
                        frame(column.data("page", data), data.column().siteCode()));
            }
            if (UNITS.matcher(path).matches()) {
                return new Page(200, frame.title("机构设置"), identity.name() + "机构设置与联系方式",
                        frame(unitsPage.data("units", organisation.units().stream().filter(u -> u.kind() != UnitKind.LEADERSHIP).toList()),
                                PortalFrame.MAIN));
            }
            if (!itemPath.matches()) {
                throw ProblemException.notFound("page", path);
            }
            var data = articles.article(Long.parseLong(itemPath.group(1)));
            String description = data.summary() != null ? data.summary() : data.title();
            return new Page(200, frame.title(data.title()), description,
                    frame(article.data("article", data), data.columns().get(0).siteCode()));
        } catch (ProblemException e) {
            if (e.status() == 410 && e.payload() instanceof WithdrawnNotice notice) {
                return new Page(410, frame.title(notice.title()), "本信息已撤回",
                        frame(withdrawn.data("notice", notice), PortalFrame.MAIN));
            }
            if (e.status() == 404 || e.status() == 400) {
                return frame.notFound();
            }
            throw e;
        }
    }

    private String frame(TemplateInstance page, String siteCode) {
        return frame.render(page, siteCode);
    }

    private static String findAfter(String query) {
        Matcher matcher = AFTER.matcher(query);
        return matcher.find() ? matcher.group(1) : null;
    }
}
