package cn.tianshan.site;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

final class SiteRepositories {

    private SiteRepositories() {
    }

    @ApplicationScoped
    static class SiteRepository implements PanacheRepositoryBase<Site, Long> {
        List<Site> active() {
            return list("active = true", Sort.ascending("sortOrder"));
        }

        Optional<Site> byCode(String code) {
            return find("code", code).firstResultOptional();
        }
    }

    @ApplicationScoped
    static class ColumnRepository implements PanacheRepositoryBase<SiteColumn, Long> {
        List<SiteColumn> ofSite(long siteId) {
            return list("siteId", Sort.ascending("sortOrder", "id"), siteId);
        }

        boolean codeTaken(long siteId, String code) {
            return count("siteId = ?1 and code = ?2", siteId, code) > 0;
        }

        int nextSortOrder(long siteId) {
            Integer max = find("select max(sortOrder) from SiteColumn where siteId = ?1", siteId).project(Integer.class).firstResult();
            return (max == null ? 0 : max) + 10;
        }

        List<SiteColumn> homepage() {
            return list("homepageVisible = true and lifecycle = ?1 and dormantSince is null", Sort.ascending("siteId", "sortOrder"), ColumnLifecycle.ACTIVE);
        }
    }

    @ApplicationScoped
    static class ColumnChangeRepository implements PanacheRepositoryBase<ColumnChangeRequest, Long> {
        List<ColumnChangeRequest> recent() {
            return find("", Sort.descending("id")).page(0, 200).list();
        }

        Optional<ColumnChangeRequest> lock(long id) {
            return RowLocks.lock(getEntityManager(), ColumnChangeRequest.class,
                    "column_change_request", id);
        }
    }

    @ApplicationScoped
    static class GrantRepository implements PanacheRepositoryBase<ColumnPublishingGrant, Long> {
        List<ColumnPublishingGrant> ofColumn(long columnId) {
            return list("columnId", Sort.descending("grantedAt", "id"), columnId);
        }

        boolean active(long columnId, String unitCode) {
            return count("columnId = ?1 and unitCode = ?2 and revokedAt is null", columnId, unitCode) > 0;
        }

        List<ColumnPublishingGrant> activeFor(String unitCode) {
            return list("unitCode = ?1 and revokedAt is null", unitCode);
        }

        List<ColumnPublishingGrant> allActive() {
            return list("revokedAt is null");
        }
    }

    @ApplicationScoped
    static class LifecycleEventRepository implements PanacheRepositoryBase<ColumnLifecycleEvent, Long> {
        List<ColumnLifecycleEvent> recent(int limit) {
            return find("", Sort.descending("occurredAt", "id")).page(0, limit).list();
        }

        List<ColumnLifecycleEvent> ofColumn(long columnId) {
            return list("columnId", Sort.descending("occurredAt", "id"), columnId);
        }

        boolean exists(long columnId, ColumnLifecycleEvent.Type type, LocalDateTime basis) {
            return count("columnId = ?1 and event = ?2 and basis = ?3", columnId, type, basis) > 0;
        }
    }

    @ApplicationScoped
    static class TopicColumnLocks {
        @Inject
        EntityManager em;

        Optional<SiteColumn> lock(long id) {
            return RowLocks.lock(em, SiteColumn.class, "site_column", id);
        }

        @SuppressWarnings("unchecked")
        List<Long> topicColumnsOfMainSite() {
            List<Number> ids = em.createNativeQuery("SELECT c.id FROM site_column c JOIN site s ON s.id = c.site_id "
                    + "WHERE s.kind = 'MAIN' AND c.parent_id IS NULL AND c.kind = 'TOPIC' AND c.lifecycle <> 'ARCHIVED' "
                    + "ORDER BY c.id").getResultList();
            return ids.stream().map(Number::longValue).toList();
        }

        LocalDateTime lastPublishedUnder(long columnId) {
            Object last = em.createNativeQuery("WITH RECURSIVE sub AS (SELECT id, last_published_at FROM site_column WHERE id = ?1 "
                    + "UNION ALL SELECT c.id, c.last_published_at FROM site_column c JOIN sub ON c.parent_id = sub.id) "
                    + "SELECT MAX(last_published_at) FROM sub").setParameter(1, columnId).getSingleResult();
            return last == null ? null : last instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) last;
        }
    }
}
