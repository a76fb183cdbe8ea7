package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.WithdrawalKind;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes an article's current revision public, or takes a published one down, and tells its author. The
 * publication time is the server's clock at that moment: no caller can set or back-date it.
 */
@ApplicationScoped
class Publisher {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RevisionRepository revisions;
    private final Sites sites;
    private final PublicationClearance clearance;
    private final PublicChangeLog changes;
    private final Notifications notifications;
    private final ReviewEngine engine;
    private final EntityManager em;
    private final Clock clock;

    Publisher(RevisionRepository revisions, Sites sites, PublicationClearance clearance, PublicChangeLog changes,
              Notifications notifications, ReviewEngine engine, EntityManager em, Clock clock) {
        this.revisions = revisions;
        this.sites = sites;
        this.clearance = clearance;
        this.changes = changes;
        this.notifications = notifications;
        this.engine = engine;
        this.em = em;
        this.clock = clock;
    }

    /** Whether any column of the revision needs the Annex 5 form (a column setting the site office controls). */
    boolean requiresAnnex5(ArticleRevision revision) {
        return revision.columnIds().stream().map(sites::column).anyMatch(ColumnInfo::requiresAnnex5);
    }

    /** 先审查、后公开: an article of an Annex 5 column goes public only with an agree/agree review of this revision. */
    Optional<String> blocker(Article article) {
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        return requiresAnnex5(revision) ? clearance.blocker(article.id(), revision.id(), revision.contentHash()) : Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(Article article) {
        blocker(article).ifPresent(reason -> {
            throw ProblemException.conflict("不能发布：" + reason);
        });
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        LocalDateTime now = Timestamps.now(clock);
        boolean first = article.publish(now);
        em.flush();
        List<Long> columns = revision.columnIds();
        em.createNativeQuery("DELETE FROM article_placement WHERE article_id = ?1").setParameter(1, article.id()).executeUpdate();
        for (Long column : columns) {
            em.createNativeQuery("INSERT INTO article_placement (column_id, published_at, article_id, title, corrected_at, unit_code, important) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, column).setParameter(2, article.firstPublishedAt()).setParameter(3, article.id())
                    .setParameter(4, revision.title()).setParameter(5, article.correctedAt()).setParameter(6, article.unitCode())
                    .setParameter(7, article.important()).executeUpdate();
        }
        sites.markPublished(columns, now);
        changes.record(first ? PublicChangeLog.Type.PUBLISHED : PublicChangeLog.Type.UPDATED, article.id(), revision.id());
        notifications.send(concerned(article), "article.published", (first ? "已发布：" : "更正已发布：") + revision.title(),
                "于 " + MINUTE.format(now) + " 在网站公开" + (Boolean.TRUE.equals(article.publishedLate()) && first
                        ? "（晚于发布时限 " + article.dueDate() + "，计为迟发）" : "") + "。", "/admin/articles/" + article.id());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announceScheduled(Article article, ArticleRevision revision) {
        notifications.send(concerned(article), "article.scheduled", "审核通过，待定时发布：" + revision.title(),
                "将于 " + MINUTE.format(article.scheduledAt()) + " 自动发布。", "/admin/articles/" + article.id());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(Article article, WithdrawalKind kind, String reason, String by) {
        article.withdraw(kind, reason, by, Timestamps.now(clock));
        em.flush();
        em.createNativeQuery("DELETE FROM article_placement WHERE article_id = ?1").setParameter(1, article.id()).executeUpdate();
        changes.record(kind == WithdrawalKind.PUBLISHED_IN_ERROR ? PublicChangeLog.Type.REMOVED : PublicChangeLog.Type.WITHDRAWN,
                article.id(), article.publishedRevisionId());
        notifications.send(concerned(article), "article.withdrawn", "已撤回发布：" + revisions.findById(article.publishedRevisionId()).title(),
                kind.label() + "。原因：" + reason, "/admin/articles/" + article.id());
    }

    private List<String> concerned(Article article) {
        List<String> people = new ArrayList<>();
        people.add(article.createdBy());
        engine.lastSubmitter(ArticleSubject.TYPE, article.id()).ifPresent(people::add);
        return people;
    }
}
