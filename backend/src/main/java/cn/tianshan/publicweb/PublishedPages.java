package cn.tianshan.publicweb;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The public answers about one published article that are rendered when it is published and kept in the
 * {@link PublicPageStore} (its JSON, its HTML page), implemented by the features that render them.
 */
public interface PublishedPages {

    /** Cache key → how to render it, for the article {@code articleId}. */
    Map<String, Supplier<PublicCache.Entry>> of(long articleId);

    /** Whether {@code key} is one of the answers this feature renders at publication. */
    boolean owns(String key);

    /** The key of the answer this feature keeps for a request to {@code path} without a query, or {@code null}. */
    String keyOf(String path);

    /** Changes when what this feature renders changes without a change of content (templates, the site identity). */
    String fingerprint();
}
