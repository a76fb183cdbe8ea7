package cn.tianshan.link;

import cn.tianshan.common.hash.Sha256;
import cn.tianshan.link.LinkSource.Occurrence;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The monitor's memory: per address the last answer and failure count, and where each address appears. */
@ApplicationScoped
public class LinkChecks {

    /** A broken link with every page it appears on. */
    public record BrokenLink(String url, String host, int consecutiveFailures, Integer lastStatus, String lastError,
                             LocalDateTime lastCheckedAt, LocalDateTime flaggedSince, List<Page> pages) {
    }

    public record Page(String sourceType, long sourceId, String title, String path) {
    }

    public record UnitReport(String unitCode, String unitName, List<BrokenLink> links) {
    }

    private final EntityManager em;
    private final Organisation organisation;

    LinkChecks(EntityManager em, Organisation organisation) {
        this.em = em;
        this.organisation = organisation;
    }

    static String hash(String url) {
        return Sha256.hex(url.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<LinkCheck> of(String url) {
        return em.createQuery("from LinkCheck where urlHash = ?1", LinkCheck.class).setParameter(1, hash(url))
                .getResultStream().findFirst();
    }

    /** Replaces where-each-link-appears with what the current run found. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void replaceOccurrences(Collection<Occurrence> occurrences) {
        em.createNativeQuery("DELETE FROM link_occurrence").executeUpdate();
        int n = 0;
        for (Occurrence o : occurrences) {
            em.createNativeQuery("INSERT INTO link_occurrence (url_hash, source_type, source_id, title, unit_code, page_path) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, hash(o.url())).setParameter(2, o.sourceType()).setParameter(3, o.sourceId())
                    .setParameter(4, abbreviate(o.title(), 300)).setParameter(5, o.unitCode()).setParameter(6, o.pagePath())
                    .executeUpdate();
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
    }

    /** Records a batch of results, each on its own row; returns how many addresses are flagged now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(List<LinkChecker.Result> results, int threshold, LocalDateTime at) {
        for (LinkChecker.Result result : results) {
            String h = hash(result.url());
            LinkCheck check = em.createQuery("from LinkCheck where urlHash = ?1", LinkCheck.class).setParameter(1, h)
                    .getResultStream().findFirst().orElse(null);
            if (check == null) {
                check = LinkCheck.of(h, result.url(), LinkTarget.hostOf(result.url()).orElse(""));
                em.persist(check);
            }
            check.record(result, threshold, at);
        }
    }

    long flaggedCount() {
        return em.createQuery("select count(c) from LinkCheck c where c.flaggedSince is not null", Long.class).getSingleResult();
    }

    /** What the monitor knows of each of these addresses, by address (one query). */
    Map<String, LinkCheck> of(Collection<String> urls) {
        if (urls.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from LinkCheck where urlHash in ?1", LinkCheck.class)
                .setParameter(1, urls.stream().map(LinkChecks::hash).distinct().toList()).getResultStream()
                .collect(Collectors.toMap(LinkCheck::url, c -> c, (a, b) -> a));
    }

    /** Broken links, grouped by the unit answerable for the page they appear on (one query). */
    public List<UnitReport> brokenByUnit() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.url, c.host, c.consecutive_failures, c.last_status, c.last_error, "
                + "c.last_checked_at, c.flagged_since, o.source_type, o.source_id, o.title, o.unit_code, o.page_path "
                + "FROM link_check c JOIN link_occurrence o ON o.url_hash = c.url_hash WHERE c.flagged_since IS NOT NULL "
                + "ORDER BY o.unit_code, c.host, c.url, o.source_id").getResultList();
        Map<String, Map<String, BrokenLink>> byUnit = new LinkedHashMap<>();
        for (Object[] r : rows) {
            BrokenLink link = byUnit.computeIfAbsent((String) r[10], u -> new LinkedHashMap<>()).computeIfAbsent((String) r[0],
                    u -> new BrokenLink((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                            r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], time(r[5]), time(r[6]), new ArrayList<>()));
            link.pages().add(new Page((String) r[7], ((Number) r[8]).longValue(), (String) r[9], (String) r[11]));
        }
        return byUnit.entrySet().stream().map(e -> new UnitReport(e.getKey(), organisation.nameOf(e.getKey()),
                List.copyOf(e.getValue().values()))).toList();
    }

    private static LocalDateTime time(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    // --- runs ---

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long startRun(int total, String node, LocalDateTime at) {
        LinkCheckRun run = LinkCheckRun.start(total, node, at);
        em.persist(run);
        em.flush();
        return run.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(long runId, int checked) {
        em.find(LinkCheckRun.class, runId).progress(checked);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finishRun(long runId, LinkCheckRun.Status status, LocalDateTime at) {
        em.find(LinkCheckRun.class, runId).finish((int) flaggedCount(), status, at);
    }

    public Optional<LinkCheckRun> latestRun() {
        return em.createQuery("from LinkCheckRun order by id desc", LinkCheckRun.class).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<LinkCheckRun> run(long id) {
        return Optional.ofNullable(em.find(LinkCheckRun.class, id));
    }

    static String abbreviate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
