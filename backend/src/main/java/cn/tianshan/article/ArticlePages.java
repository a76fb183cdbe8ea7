package cn.tianshan.article;

import cn.tianshan.publicweb.CachedResponses;
import cn.tianshan.publicweb.PublicCache;
import cn.tianshan.publicweb.PublishedPages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A published article's JSON ({@code /api/public/articles/{id}}), rendered at publication and kept for every node. */
@ApplicationScoped
public class ArticlePages implements PublishedPages {

    private static final Pattern KEY = Pattern.compile("article:\\d{1,18}");
    private static final Pattern PATH = Pattern.compile("/api/public/articles/(\\d{1,18})");

    private final PublicArticles articles;
    private final CachedResponses responses;

    ArticlePages(PublicArticles articles, CachedResponses responses) {
        this.articles = articles;
        this.responses = responses;
    }

    public static String key(long id) {
        return "article:" + id;
    }

    @Override
    public Map<String, Supplier<PublicCache.Entry>> of(long articleId) {
        return Map.of(key(articleId), () -> responses.jsonEntry(articles.article(articleId)));
    }

    @Override
    public boolean owns(String key) {
        return KEY.matcher(key).matches();
    }

    @Override
    public String keyOf(String path) {
        Matcher article = PATH.matcher(path);
        return article.matches() ? key(Long.parseLong(article.group(1))) : null;
    }

    @Override
    public String fingerprint() {
        return "article-json-1";
    }
}
