package cn.tianshan.link;

import cn.tianshan.link.LinkPolicy.FoundLink;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The links a body of HTML leads to (a, area, iframe), each with where a person finds it: "正文第 2 个链接". */
public final class OutboundLinks {

    private OutboundLinks() {
    }

    public static List<FoundLink> inHtml(String html, String field, String label) {
        List<FoundLink> found = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return found;
        }
        int n = 0;
        for (Element e : Jsoup.parseBodyFragment(html).select("a[href], area[href], iframe[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            n++;
            String text = e.text().isBlank() ? "" : "（“" + abbreviate(e.text().strip()) + "”）";
            found.add(new FoundLink(field, label + "第 " + n + " 个链接" + text, url));
        }
        return found;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
