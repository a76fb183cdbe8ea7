package cn.tianshan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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

    /** From the OWASP XSS Filter Evasion Cheat Sheet. */
    private static final List<String> VECTORS = List.of(
            "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
            "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=javascript:alert('XSS')>",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC= onmouseover=\"alert('xxs')\">",
            "<IMG onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<IMG DYNSRC=\"javascript:alert('XSS')\">",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<svg/onload=alert('XSS')>",
            "<BODY ONLOAD=alert('XSS')>",
            "<BGSOUND SRC=\"javascript:alert('XSS');\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"vbscript:msgbox('XSS')\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<a href=\"java&#0000115;cript:alert(1)\">x</a>",
            "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\">",
            "<object data=\"javascript:alert(1)\">",
            "<template><script>alert(1)</script></template>");

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
