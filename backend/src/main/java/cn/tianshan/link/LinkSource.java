package cn.tianshan.link;

import java.util.List;

/** Something on the public site with outbound links the monitor checks (published articles, columns). */
public interface LinkSource {

    /** Where one link appears: the page and the unit answerable for it. */
    record Occurrence(String url, String sourceType, long sourceId, String title, String unitCode, String pagePath) {
    }

    List<Occurrence> outboundLinks();
}
