package cn.tianshan.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every rich-text body passes on the server: structure, emphasis, lists, tables, links and
 * images only. No script, no event handler, no style, no {@code javascript:} or {@code data:} URL survives. An
 * image shows one of the article's own uploaded images, or a picture on a host the site trusts; any other image
 * is taken out and reported, so no broken picture reaches the public page.
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
    private static final Pattern OWN_IMAGE = Pattern.compile("^/api/public/attachments/(\\d{1,18})$");

    /** A cleaned body and the image sources that were taken out. */
    public record Cleaned(String html, List<String> rejectedImages) {
    }

    private final Set<String> imageHosts;

    HtmlSanitizer(@ConfigProperty(name = "tianshan.content.image-hosts") List<String> imageHosts) {
        this.imageHosts = Set.copyOf(imageHosts.stream().map(String::trim).map(String::toLowerCase).toList());
    }

    /** Cleans a body; images must be among {@code ownImages} (the article's image attachments) or on a trusted host. */
    public Cleaned sanitize(String html, Set<Long> ownImages) {
        String cleaned = Jsoup.clean(html == null ? "" : html, BASE, SAFELIST, outputSettings());
        Document document = Jsoup.parseBodyFragment(cleaned, BASE);
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        List<String> rejected = new ArrayList<>();
        for (Element image : document.select("img")) {
            String src = image.attr("src");
            if (!allowedImage(src, ownImages)) {
                rejected.add(src.isBlank() ? "（无地址）" : src);
                image.remove();
            }
        }
        document.outputSettings(outputSettings());
        return new Cleaned(document.body().html(), rejected);
    }

    /** The visible text, for diffs, summaries and the check that a body says something. */
    public String text(String html) {
        return Jsoup.parseBodyFragment(html == null ? "" : html).text();
    }

    private boolean allowedImage(String src, Set<Long> ownImages) {
        Matcher own = OWN_IMAGE.matcher(src);
        if (own.matches()) {
            return ownImages.contains(Long.parseLong(own.group(1)));
        }
        try {
            URI uri = URI.create(src);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && imageHosts.contains(uri.getHost().toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings().prettyPrint(false).charset("UTF-8");
    }
}
