package cn.tianshan.link;

import cn.tianshan.common.hash.Sha256;
import cn.tianshan.link.LinkSource.Occurrence;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Broken links, grouped by the unit answerable for the page they appear on. */
    public List<UnitReport> brokenByUnit() {
        List<LinkCheck> flagged = em.createQuery("from LinkCheck where flaggedSince is not null order by host, url", LinkCheck.class)
                .getResultList();
        Map<String, Map<String, BrokenLink>> byUnit = new LinkedHashMap<>();
        for (LinkCheck check : flagged) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT source_type, source_id, title, unit_code, page_path FROM link_occurrence "
                    + "WHERE url_hash = ?1 ORDER BY unit_code, source_id").setParameter(1, check.urlHash()).getResultList();
            for (Object[] r : rows) {
                String unit = (String) r[3];
                BrokenLink link = byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>()).computeIfAbsent(check.url(),
                        u -> new BrokenLink(check.url(), check.host(), check.consecutiveFailures(), check.lastStatus(),
                                check.lastError(), check.lastCheckedAt(), check.flaggedSince(), new ArrayList<>()));
                link.pages().add(new Page((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[4]));
            }
        }
        return byUnit.entrySet().stream().map(e -> new UnitReport(e.getKey(), organisation.nameOf(e.getKey()),
                List.copyOf(e.getValue().values()))).toList();
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
