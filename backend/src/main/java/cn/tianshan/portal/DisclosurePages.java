package cn.tianshan.portal;

import cn.tianshan.article.DisclosureCatalogue;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.web.Params;
import cn.tianshan.common.web.ShellContent;
import cn.tianshan.disclosure.DisclosureGuide;
import cn.tianshan.disclosure.DisclosureViews.GuideView;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.UnitKind;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The disclosure guide and the catalogue (Art. 10) as complete HTML. The catalogue's filters are a GET form, so a
 * reader without JavaScript filters and pages it the same way; a filter that makes no sense is said so on the page.
 */
@ApplicationScoped
public class DisclosurePages implements ShellContent {

    private static final int PAGE_SIZE = 20;
    private static final int FIRST_YEAR = 2015;

    private final DisclosureGuide guide;
    private final DisclosureCatalogue catalogue;
    private final Organisation organisation;
    private final PortalFrame frame;
    private final Clock clock;
    private final Template guidePage;
    private final Template cataloguePage;

    DisclosurePages(DisclosureGuide guide, DisclosureCatalogue catalogue, Organisation organisation, PortalFrame frame, Clock clock,
                    @Location("portal/disclosure-guide.html") Template guidePage,
                    @Location("portal/disclosure-catalogue.html") Template cataloguePage) {
        this.guide = guide;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.frame = frame;
        this.clock = clock;
        this.guidePage = guidePage;
        this.cataloguePage = cataloguePage;
    }

    /** The filters as the reader chose them, for the form to show again and for the next-page link. */
    public record Filters(String category, String unit, String year, String after) {

        public String withAfter(String next) {
            StringBuilder q = new StringBuilder();
            Map.of("category", nz(category), "unit", nz(unit), "year", nz(year)).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> q.append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).append('&'));
            return q.append("after=").append(next).toString();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @Override
    @ActivateRequestContext
    public Optional<Page> render(String path, String query) {
        if (path.equals("/disclosure/guide") || path.equals("/disclosure/guide/")) {
            GuideView current;
            try {
                current = guide.current();
            } catch (ProblemException e) {
                if (e.status() != 404) {
                    throw e;
                }
                current = null;
            }
            return Optional.of(new Page(current == null ? 404 : 200, frame.title("政府信息公开指南"),
                    "政府信息公开指南：公开分类、申请方式、受理机构及联系方式", frame.render(guidePage.data("guide", current), PortalFrame.MAIN)));
        }
        if (!path.equals("/disclosure/catalogue") && !path.equals("/disclosure/catalogue/")) {
            return Optional.empty();
        }
        return Optional.of(frame.cached(path, query, () -> catalogue(query)));
    }

    /** Changes only when an item is published or withdrawn, so it is kept with the public cache. */
    private Page catalogue(String query) {
        Map<String, String> params = QueryStrings.parse(query);
        Filters filters = new Filters(params.get("category"), params.get("unit"), params.get("year"), params.get("after"));
        var content = cataloguePage.data("filters", filters).data("categories", catalogue.categories())
                .data("units", organisation.units().stream().filter(u -> u.kind() != UnitKind.LEADERSHIP).toList())
                .data("years", IntStream.iterate(LocalDate.now(clock).getYear(), y -> y >= FIRST_YEAR, y -> y - 1).boxed().toList());
        int status = 200;
        try {
            Long year = number(filters.year(), "year", 2000, 2100);
            var found = catalogue.page(number(filters.category(), "category", 1, Long.MAX_VALUE), Params.blankToNull(filters.unit()),
                    year == null ? null : year.intValue(), Params.blankToNull(filters.after()), PAGE_SIZE);
            content = content.data("page", found).data("problem", null);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            status = 400;
            content = content.data("page", null).data("problem", String.join("；", e.errors().stream().map(FieldError::message).toList()));
        }
        return new Page(status, frame.title("政府信息公开目录"), "政府信息公开目录：主动公开信息的索引号、名称、发布机构和日期",
                frame.render(content, PortalFrame.MAIN));
    }

    private static Long number(String value, String field, long min, long max) {
        if (Params.blankToNull(value) == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw ProblemException.invalid(field, field.equals("year") ? "年份须为 2000 至 2100 之间的数字" : "分类须从列表中选择");
    }
}
