package cn.tianshan.publicweb;

import java.util.HashSet;
import java.util.Set;

/**
 * What a public answer shows, noted while it renders: the read model says "this shows article 12" or "this
 * lists column 7" as it reads them, and the answer is kept under those tags. A change then evicts only the
 * answers that show what it touched (see {@link PublicChangeScope}).
 */
public final class RenderTags {

    /** Every answer depends on the site's structure (names, navigation): a structural change empties everything. */
    public static final String POLICIES = "policies";
    public static final String CATALOGUE = "catalogue";
    /** The sitemaps list every published article: any publication, correction or withdrawal touches them. */
    public static final String SITEMAP = "sitemap";

    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private RenderTags() {
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String column(long id) {
        return "column:" + id;
    }

    /** Notes that the answer being rendered on this thread shows {@code tag}; nothing when no render is under way. */
    public static void shows(String tag) {
        Set<String> tags = CURRENT.get();
        if (tags != null) {
            tags.add(tag);
        }
    }

    static Set<String> begin() {
        Set<String> tags = new HashSet<>();
        CURRENT.set(tags);
        return tags;
    }

    static void end() {
        CURRENT.remove();
    }
}
