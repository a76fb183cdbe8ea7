package cn.tianshan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import cn.tianshan.testing.XssVectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever HTML goes in, nothing executable comes out. Inputs are generated from the OWASP XSS
 * filter-evasion vectors, mutated (case, whitespace, entities, nesting, wrapping) with a seeded random, so
 * a failure can be replayed.
 */
class HtmlSanitizerPropertyTest {

    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer(List.of("www.gov.cn"));

    private static final List<String> VECTORS = XssVectors.OWASP;

    private static final List<String> WRAPPERS = List.of("<p>%s</p>", "<div><table><tr><td>%s</td></tr></table></div>",
            "<ul><li>%s</li></ul>", "<a href=\"https://www.gov.cn/\">%s</a>", "%s<strong>正文</strong>", "<blockquote>%s</blockquote>");

    @Test
    void everyKnownVectorIsDefused() {
        VECTORS.forEach(vector -> assertSafe(vector, SANITIZER.sanitize(vector, Set.of(3L)).html()));
    }

    @RepeatedTest(40)
    void generatedHostileHtmlNeverKeepsExecutableContent(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(20261127L + repetition.getCurrentRepetition());
        for (int i = 0; i < 100; i++) {
            String input = generate(random);
            assertSafe(input, SANITIZER.sanitize(input, Set.of(3L)).html());
        }
    }

    @Test
    void ordinaryContentSurvives() {
        String safe = "<h2>通知</h2><p>各单位：<strong>请于</strong>12月1日前报送。</p><ol><li>一</li></ol>"
                + "<table><tr><th>单位</th><td>处室</td></tr></table><a href=\"https://www.gov.cn/\">国务院</a>"
                + "<img src=\"/api/public/attachments/3\" alt=\"图\">";
        HtmlSanitizer.Cleaned out = SANITIZER.sanitize(safe, Set.of(3L));
        assertThat(out.html()).contains("<h2>通知</h2>", "<strong>请于</strong>", "<ol><li>一</li></ol>", "<th>单位</th>",
                "href=\"https://www.gov.cn/\"", "src=\"/api/public/attachments/3\"");
        assertThat(out.rejectedImages()).isEmpty();
    }

    @Test
    void anImageShowsTheArticlesOwnPicturesOrATrustedHostsAndNothingElse() {
        String body = "<p>图</p><img src=\"x\"><img src=\"/api/public/attachments/4\"><img src=\"http://www.gov.cn/a.png\">"
                + "<img src=\"https://www.gov.cn/a.png\"><img src=\"https://evil.example/a.png\"><img src=\"/api/public/attachments/3\">";
        HtmlSanitizer.Cleaned out = SANITIZER.sanitize(body, Set.of(3L));
        assertThat(Jsoup.parseBodyFragment(out.html()).select("img").eachAttr("src"))
                .containsExactly("https://www.gov.cn/a.png", "/api/public/attachments/3");
        assertThat(out.rejectedImages()).containsExactly("x", "/api/public/attachments/4", "http://www.gov.cn/a.png",
                "https://evil.example/a.png");
    }

    private static String generate(Random random) {
        String text = VECTORS.get(random.nextInt(VECTORS.size()));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            text = switch (random.nextInt(7)) {
                case 0 -> randomCase(text, random);
                case 1 -> text.replace("javascript", "java\u0000script");
                case 2 -> text.replace(":", "&#58;");
                case 3 -> String.format(WRAPPERS.get(random.nextInt(WRAPPERS.size())), text);
                case 4 -> text + VECTORS.get(random.nextInt(VECTORS.size()));
                case 5 -> text.replace(" ", random.nextBoolean() ? "\t" : "\n");
                default -> text.replace("=", " = ");
            };
        }
        return text;
    }

    private static String randomCase(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static void assertSafe(String input, String output) {
        Document document = Jsoup.parseBodyFragment(output);
        assertThat(document.select("script, style, iframe, frame, frameset, object, embed, base, link, meta, form, input, "
                + "button, svg, math, template, video, audio, source, bgsound, body *[background]")).as("elements from %s", input).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000]", "");
                assertThat(name).as("attribute of %s from %s", element.tagName(), input).doesNotStartWith("on")
                        .isNotIn("style", "dynsrc", "lowsrc", "background", "action", "formaction", "data", "srcdoc");
                assertThat(value).as("%s=%s from %s", name, value, input)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:")
                        .doesNotContain("expression(");
            }
        }
    }
}
