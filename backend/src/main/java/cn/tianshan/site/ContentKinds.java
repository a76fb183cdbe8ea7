package cn.tianshan.site;

import java.util.Map;

/**
 * The kinds of content a column can be set to accept, with their Chinese names. Implemented by the article
 * feature (which owns the kinds), so a column's settings are checked against real kinds without the site
 * feature depending on articles.
 */
public interface ContentKinds {

    /** Code → label, in the order an editor sees them ("NEWS" → "新闻动态"). */
    Map<String, String> all();
}
