package cn.tianshan.article;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes approved articles whose scheduled time has come. Cluster-safe: each due article is claimed with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and its status checked inside the same transaction, so two
 * backend instances never publish the same article twice.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final EntityManager em;
    private final Publisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    ScheduledPublisher(EntityManager em, Publisher publisher, AuditLog audit, Clock clock) {
        this.em = em;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(every = "${tianshan.publishing.schedule-check:15s}", delayed = "${tianshan.publishing.schedule-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        for (int claimed = 0; claimed < 500; claimed++) {
            try {
                if (publishNextDue() == null) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "A scheduled publication failed; it will be tried again");
                return;
            }
        }
    }

    /**
     * Publishes one due article, if this instance can claim one, and writes the audit record in the same
     * transaction: its id; 0 when the claimed article was no longer scheduled; null when nothing is due.
     */
    @Transactional
    @ActivateRequestContext
    public Long publishNextDue() {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM article WHERE editorial_status = ?2 "
                        + "AND scheduled_at <= ?1 ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamps.now(clock)).setParameter(2, ArticleEnums.EditorialStatus.SCHEDULED.name()).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        Article article = em.find(Article.class, due.get(0).longValue());
        if (article.editorialStatus() != ArticleEnums.EditorialStatus.SCHEDULED) {
            return 0L;
        }
        publisher.publish(article);
        audit.appendInTransaction(new AuditEntry(Timestamps.now(clock), "system:scheduler", null, null,
                "article.publish.scheduled", "article", article.id().toString(), AuditEntry.Outcome.SUCCESS, null, null,
                null, null));
        return article.id();
    }
}
