package cn.tianshan.portal;

import cn.tianshan.article.ArticleKind;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.web.ShellContent;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.UnitKind;
import cn.tianshan.search.SearchQuery;
import cn.tianshan.search.SearchViews.SearchResults;
import cn.tianshan.search.SiteSearch;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.Sites;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * 站内搜索 as complete HTML: the filters are a GET form and the pages are links, so a reader without JavaScript
 * searches the same way. Not cached: every query differs, and the index answers in milliseconds.
 */
@ApplicationScoped
public class SearchPages implements ShellContent {

    private static final List<String> FIELDS = List.of("q", "column", "unit", "kind", "from", "to", "sort");

    private final SiteSearch search;
    private final Sites sites;
    private final Organisation organisation;
    private final PortalFrame frame;
    private final Template page;

    SearchPages(SiteSearch search, Sites sites, Organisation organisation, PortalFrame frame,
                @Location("portal/search.html") Template page) {
        this.search = search;
        this.sites = sites;
        this.organisation = organisation;
        this.frame = frame;
        this.page = page;
    }

    public record Choice(String value, String label) {
    }

    /** The form as the reader filled it, to show again and to build page links from. */
    public record Form(Map<String, String> values) {

        public String get(String name) {
            return values.getOrDefault(name, "");
        }

        public String pageLink(int number) {
            StringBuilder link = new StringBuilder("/search?");
            values.forEach((k, v) -> link.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
            return link.append("page=").append(number).toString();
        }
    }

    @Override
    @ActivateRequestContext
    public Optional<Page> render(String path, String query) {
        if (!path.equals("/search") && !path.equals("/search/")) {
            return Optional.empty();
        }
        Map<String, String> params = QueryStrings.parse(query);
        Map<String, String> filled = new TreeMap<>();
        FIELDS.forEach(f -> {
            String v = params.get(f);
            if (v != null && !v.isBlank()) {
                filled.put(f, v.strip());
            }
        });
        Form form = new Form(filled);
        var content = page.data("form", form).data("columns", columns()).data("units", units()).data("kinds", kinds());
        int status = 200;
        SearchResults results = null;
        String problem = null;
        if (!form.get("q").isEmpty()) {
            try {
                results = search.search(SearchQuery.parse(params.get("q"), null, params.get("column"), params.get("unit"),
                        params.get("kind"), params.get("from"), params.get("to"), params.get("sort"), params.get("page"), null));
            } catch (ProblemException e) {
                if (e.status() != 400) {
                    throw e;
                }
                status = 400;
                problem = String.join("；", e.errors().stream().map(FieldError::message).toList());
            }
        }
        String title = form.get("q").isEmpty() ? "站内搜索" : "搜索：" + form.get("q");
        return Optional.of(new Page(status, frame.title(title), "站内搜索：按标题、正文、文号、索引号查找本网站发布的信息",
                frame.render(content.data("results", results).data("problem", problem), PortalFrame.MAIN)));
    }

    private List<Choice> columns() {
        return sites.siteByCode(PortalFrame.MAIN).map(site -> sites.tree(site.id(), true).stream()
                .flatMap(node -> flatten(node, 0)).toList()).orElse(List.of());
    }

    private static Stream<Choice> flatten(ColumnNode node, int depth) {
        return Stream.concat(Stream.of(new Choice(Long.toString(node.id()), "　".repeat(depth) + node.name())),
                node.children().stream().flatMap(child -> flatten(child, depth + 1)));
    }

    private List<Choice> units() {
        return organisation.units().stream().filter(u -> u.kind() != UnitKind.LEADERSHIP)
                .map(u -> new Choice(u.code(), u.name())).toList();
    }

    private static List<Choice> kinds() {
        return Arrays.stream(ArticleKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    }
}
