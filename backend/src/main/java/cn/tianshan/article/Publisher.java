package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.WithdrawalKind;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.site.Sites;
import cn.tianshan.site.SiteViews.ColumnInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Makes an article's current revision public, or takes a published one down. The publication time is the
 * server's clock at that moment: no caller can set or back-date it.
 */
@ApplicationScoped
class Publisher {

    private final RevisionRepository revisions;
    private final Sites sites;
    private final PublicationClearance clearance;
    private final PublicChangeLog changes;
    private final EntityManager em;
    private final Clock clock;

    Publisher(RevisionRepository revisions, Sites sites, PublicationClearance clearance, PublicChangeLog changes,
              EntityManager em, Clock clock) {
        this.revisions = revisions;
        this.sites = sites;
        this.clearance = clearance;
        this.changes = changes;
        this.em = em;
        this.clock = clock;
    }

    /** 先审查、后公开: a government-affairs article goes public only with an agree/agree review of this revision. */
    Optional<String> blocker(Article article) {
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        boolean governmentAffairs = revision.columnIds().stream().map(sites::column).anyMatch(ColumnInfo::governmentAffairs);
        return governmentAffairs ? clearance.blocker(article.id(), revision.id(), revision.contentHash()) : Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(Article article) {
        blocker(article).ifPresent(reason -> {
            throw ProblemException.conflict("not published: " + reason);
        });
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        LocalDateTime now = Timestamps.now(clock);
        boolean first = article.publish(now);
        em.flush();
        List<Long> columns = revision.columnIds();
        em.createNativeQuery("DELETE FROM article_placement WHERE article_id = ?1").setParameter(1, article.id()).executeUpdate();
        for (Long column : columns) {
            em.createNativeQuery("INSERT INTO article_placement (column_id, published_at, article_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, column).setParameter(2, article.firstPublishedAt()).setParameter(3, article.id()).executeUpdate();
        }
        sites.markPublished(columns, now);
        changes.record(first ? PublicChangeLog.Type.PUBLISHED : PublicChangeLog.Type.UPDATED, article.id(), revision.id());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(Article article, WithdrawalKind kind, String reason, String by) {
        article.withdraw(kind, reason, by, Timestamps.now(clock));
        em.flush();
        em.createNativeQuery("DELETE FROM article_placement WHERE article_id = ?1").setParameter(1, article.id()).executeUpdate();
        changes.record(kind == WithdrawalKind.PUBLISHED_IN_ERROR ? PublicChangeLog.Type.REMOVED : PublicChangeLog.Type.WITHDRAWN,
                article.id(), article.publishedRevisionId());
    }
}
