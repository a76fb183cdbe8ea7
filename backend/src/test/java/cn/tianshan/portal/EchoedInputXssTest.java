package cn.tianshan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.Flows;
import cn.tianshan.testing.XssVectors;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every public page that shows back what a visitor typed — the search words and filters, a column's page cursor, the
 * catalogue's filters, a page address — given the XSS corpus as typed, double-encoded and as entities: the page that
 * comes back has no script but the app's own, no event handler, no javascript: address and no frame, object or base.
 */
@QuarkusTest
class EchoedInputXssTest {

    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "base", "applet");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data", "xlink:href",
            "background", "dynsrc", "lowsrc", "poster");

    @Test
    void noVectorSurvivesOnAnyPageThatEchoesInput() {
        long column = Flows.NEWS_COLUMN;
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (String vector : XssVectors.withEncodings()) {
            String v = URLEncoder.encode(vector, StandardCharsets.UTF_8);
            for (String page : List.of("/search?q=" + v, "/search?q=%E5%85%AC%E8%B7%AF&unit=" + v + "&kind=" + v + "&from=" + v,
                    "/search?q=" + v + "&column=" + column + "&sort=" + v, "/columns/" + column + "?after=" + v,
                    "/disclosure/catalogue?category=" + v + "&unit=" + v + "&year=" + v, "/items/" + v.replace("+", "%20"),
                    "/sites/" + v.replace("+", "%20"), "/mailbox?page=" + v)) {
                var response = given().redirects().follow(false).get(page).then().extract();
                pages++;
                if (response.statusCode() >= 500) {
                    wrong.add(response.statusCode() + " on " + page);
                    continue;
                }
                String type = response.contentType();
                if (type != null && type.startsWith("text/html")) {
                    String problem = unsafe(Jsoup.parse(response.asString()));
                    if (problem != null) {
                        wrong.add(problem + " on " + page);
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(500);
        assertThat(wrong).as("pages on which an XSS vector came back executable").isEmpty();
    }

    @Test
    void theCheckFindsWhatWouldRun() {
        assertThat(unsafe(Jsoup.parse("<p>搜索“<img src=x onerror=alert(1)>”</p>"))).contains("onerror");
        assertThat(unsafe(Jsoup.parse("<a href=\" java\tscript:alert(1)\">x</a>"))).contains("href");
        assertThat(unsafe(Jsoup.parse("<script>alert(1)</script>"))).contains("inline");
        assertThat(unsafe(Jsoup.parse("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>"))).isNotNull();
        assertThat(unsafe(Jsoup.parse("<input value=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\"><script src=\"/assets/app.js\"></script>")))
                .isNull();
    }

    /** What in the page could run: null when nothing. */
    static String unsafe(Document page) {
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN.contains(tag)) {
                return "<" + tag + ">";
            }
            if (tag.equals("script") && !(element.attr("src").startsWith("/assets/") || element.attr("type").equals("application/json"))) {
                return "an inline or foreign script: " + element.outerHtml();
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                return "a meta refresh";
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    return "an event handler " + name + " on <" + tag + ">";
                }
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text/html"))) {
                    return "a script address in " + name + " of <" + tag + ">";
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("javascript:"))) {
                    return "script in a style attribute of <" + tag + ">";
                }
            }
        }
        return null;
    }
}
