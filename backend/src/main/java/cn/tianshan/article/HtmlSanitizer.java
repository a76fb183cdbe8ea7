package cn.tianshan.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every rich-text body passes on the server: structure, emphasis, lists, tables, links and
 * images only. No script, no event handler, no style, no {@code javascript:} or {@code data:} URL survives.
 */
@ApplicationScoped
public class HtmlSanitizer {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "caption", "figure", "figcaption", "span", "div", "pre", "code")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /** A document's base so relative links ("/api/public/attachments/3") are kept and judged as same-site. */
    private static final String BASE = "https://site.invalid";

    public String sanitize(String html) {
        String cleaned = Jsoup.clean(html == null ? "" : html, BASE, SAFELIST, outputSettings());
        Document document = Jsoup.parseBodyFragment(cleaned, BASE);
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        document.outputSettings(outputSettings());
        return document.body().html();
    }

    /** The visible text, for diffs, summaries and the check that a body says something. */
    public String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }

    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings().prettyPrint(false).charset("UTF-8");
    }
}
