package cn.tianshan.article;

import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.publicweb.PublicChangeScope;
import cn.tianshan.publicweb.RenderTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * What a publication, correction or withdrawal of an article touches on the public site: its page and every
 * listing that showed it (tagged with the article), the first pages of the columns it is in now, which also
 * puts it on the homepages that list those columns, the policy list for a policy or its 解读, the catalogue
 * for an article with an index number.
 */
@ApplicationScoped
class ArticleChangeScope implements PublicChangeScope {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;

    ArticleChangeScope(ArticleRepository articles, RevisionRepository revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    @Override
    @Transactional
    public Set<String> touchedBy(PublicChangeLog.Type type, long articleId, Long revisionId) {
        Set<String> touched = new HashSet<>();
        touched.add(RenderTags.article(articleId));
        touched.add(RenderTags.SITEMAP);
        Article article = articles.findById(articleId);
        if (article == null) {
            return touched;
        }
        Long shownRevision = revisionId != null ? revisionId : article.publishedRevisionId();
        ArticleRevision revision = shownRevision == null ? null : revisions.findById(shownRevision);
        if (revision != null) {
            ArticleContent content = revision.content();
            content.columnIds().forEach(c -> touched.add(RenderTags.column(c)));
            if (content.interpretsArticleId() != null) {
                touched.add(RenderTags.article(content.interpretsArticleId()));
            }
            if (content.kind() == ArticleKind.POLICY || content.kind() == ArticleKind.INTERPRETATION) {
                touched.add(RenderTags.POLICIES);
            }
        }
        if (article.kind() == ArticleKind.POLICY) {
            touched.add(RenderTags.POLICIES);
        }
        if (article.indexNumber() != null) {
            touched.add(RenderTags.CATALOGUE);
        }
        return touched;
    }
}
