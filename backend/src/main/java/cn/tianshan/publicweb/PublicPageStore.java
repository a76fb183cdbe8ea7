package cn.tianshan.publicweb;

import cn.tianshan.common.hash.Sha256;
import cn.tianshan.common.persistence.DatabaseIdentity;
import cn.tianshan.common.time.Timestamps;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Public answers rendered once and kept in the database, where every node reads them: a node that has an article's
 * page in memory serves it from there, one that has not answers it from its copy on its own disk ({@link KeptPageCopies})
 * or else with one key lookup here, and only a page nobody has rendered since its last change is rendered on a read. Pages are rendered when their article is published
 * ({@link PublicationRendering}); a change deletes the kept pages that show what it touched, in its own transaction.
 *
 * <p>A render races the changes it did not see. The gate row settles it (Liquibase 0033): a change takes the gate
 * exclusively before it deletes; a render reads the epoch before it renders and keeps its page only if the epoch is
 * unchanged when it takes the gate shared to write. Either the change committed first (the epoch moved: the page is
 * not kept) or the render's page is committed before the change deletes what it touched (and so is deleted with it).
 */
@ApplicationScoped
public class PublicPageStore {

    private static final Logger LOG = Logger.getLogger(PublicPageStore.class);
    static final String TAG_PREFIX = "article:";
    /** A node further behind than this in the change log empties its copies rather than replay every change. */
    private static final long REPLAYABLE_CHANGES = 10_000;

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final Instance<PublishedPages> pages;
    private final Clock clock;
    private final DatabaseIdentity database;
    private final KeptPageCopies copies;
    private final PublicAnswerMetrics metrics;
    private final String version;
    private volatile String renderer;
    private volatile long structureEpoch = -1;
    private volatile List<PublishedPages> features;

    PublicPageStore(AgroalDataSource dataSource, EntityManager em, Instance<PublishedPages> pages, Clock clock,
                    DatabaseIdentity database, PublicAnswerMetrics metrics, @ConfigProperty(name = "tianshan.public.page-copies.directory") Path copies,
                    @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.database = database;
        this.metrics = metrics;
        this.copies = new KeptPageCopies(copies);
        this.dataSource = dataSource;
        this.em = em;
        this.pages = pages;
        this.clock = clock;
        this.version = version;
    }

    /** Whether {@code key} is an answer kept here. */
    public boolean keeps(String key) {
        for (PublishedPages p : features()) {
            if (p.owns(key)) {
                return true;
            }
        }
        return false;
    }

    /** The key of the answer kept here for a request to {@code path} without a query, or {@code null}. */
    public String keyOf(String path) {
        for (PublishedPages p : features()) {
            String key = p.keyOf(path);
            if (key != null) {
                return key;
            }
        }
        return null;
    }

    private List<PublishedPages> features() {
        List<PublishedPages> all = features;
        if (all == null) {
            all = pages.stream().toList();
            features = all;
        }
        return all;
    }

    /**
     * The kept answer under {@code key} if it is kept here and current: this node's copy when it has one, else one
     * primary-key read outside any transaction, copied to this node on the way.
     */
    public PublicCache.Entry find(String key) {
        if (!keeps(key)) {
            return null;
        }
        long epoch = structureEpoch();
        PublicCache.Entry copy = readCopy(key, epoch);
        return copy != null ? copy : readRow(key, epoch);
    }

    /**
     * This node's copy of the kept answer under {@code key}, or {@code null}: one positioned read of its copy log, no
     * database, cheap enough for the event loop (a page the operating system has cached, as nginx reads it). Until this node has read the
     * structure epoch once (its first kept-page lookup), there is nothing to compare a copy with, and none is read.
     */
    public PublicCache.Entry findCopy(String key) {
        long epoch = structureEpoch;
        return epoch >= 0 && keeps(key) ? readCopy(key, epoch) : null;
    }

    /** As {@link #find}, for a caller that has looked for this node's copy already: the database row only. */
    public PublicCache.Entry findRow(String key) {
        return keeps(key) ? readRow(key, structureEpoch()) : null;
    }

    private PublicCache.Entry readCopy(String key, long epoch) {
        PublicCache.Entry copy = copies.read(key, epoch, renderer());
        if (copy != null) {
            metrics.fromCopy();
        }
        return copy;
    }

    private PublicCache.Entry readRow(String key, long epoch) {
        long since = copies.generation();
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT structure_epoch, renderer, status, media_type, etag, body, gzipped, tags "
                     + "FROM public_page WHERE page_key = ?")) {
            read.setString(1, key);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next() || row.getLong(1) != epoch || !renderer().equals(row.getString(2))) {
                    return null;
                }
                String tags = row.getString(8);
                byte[] gzipped = row.getBytes(7);
                byte[] body = gzipped == null ? row.getBytes(6) : gunzip(gzipped);
                PublicCache.Entry entry = new PublicCache.Entry(body, row.getString(4), row.getString(5), row.getInt(3), gzipped,
                        tags.isEmpty() ? Set.of() : Set.of(tags.split(",")));
                metrics.fromKeptPage();
                copies.write(key, entry, epoch, renderer(), since);
                return entry;
            }
        } catch (SQLException e) {
            LOG.warnf("Kept public page %s not readable, rendering it: %s", key, e.getMessage());
            return null;
        }
    }

    /** Taken before a render whose page {@link #copy} may be given: a deletion since then keeps it off this node's disk. */
    public long copyGeneration() {
        return copies.generation();
    }

    /** Copies a page this node rendered and {@link #keep kept} under {@code structureEpoch}, once that committed. */
    public void copy(String key, PublicCache.Entry entry, long structureEpoch, long since) {
        copies.write(key, entry, structureEpoch, renderer(), since);
    }

    /** Deletes this node's copies of the pages that show what a change {@code touched}, when this node learns of it. */
    public void forgetCopies(Set<String> touched) {
        copies.forget(touched);
    }

    /**
     * Where a node that starts reads the change log from, given the {@code latest} cursor: where its copies are current
     * up to, when they were made from this database and are few enough changes behind to replay; else its copies are
     * emptied and it starts at the latest.
     */
    public long copiesResumeAt(long latest) {
        OptionalLong upTo = copies.currentUpTo(database.uuid());
        if (upTo.isPresent() && upTo.getAsLong() <= latest && latest - upTo.getAsLong() <= REPLAYABLE_CHANGES) {
            copies.load();
            return upTo.getAsLong();
        }
        copies.empty();
        return latest;
    }

    /** Every change up to {@code cursor} is applied to this node's copies; {@code caughtUp}: they may answer now. */
    public void copiesFollowedUpTo(long cursor, boolean caughtUp) {
        copies.followedUpTo(database.uuid(), cursor, caughtUp);
    }

    /** Pages are kept gzipped when they are big enough to be (a client that takes gzip gets those bytes as they are). */
    private static byte[] gunzip(byte[] gzipped) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The gate's epoch now: read by a render before it renders, inside its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long epoch() {
        return ((Number) em.createNativeQuery("SELECT epoch FROM public_page_gate WHERE id = 1").getSingleResult()).longValue();
    }

    /**
     * Keeps {@code entry}, rendered after the gate showed {@code renderedAtEpoch}, unless a change has committed since;
     * gives the structure epoch it is kept under. Inside the render's transaction; the shared gate lock it takes is
     * held until that commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalLong keep(String key, PublicCache.Entry entry, long renderedAtEpoch) {
        if (entry.status() != 200) {
            return OptionalLong.empty();
        }
        Object[] gate = (Object[]) em.createNativeQuery("SELECT epoch, structure_epoch FROM public_page_gate WHERE id = 1 LOCK IN SHARE MODE")
                .getSingleResult();
        if (((Number) gate[0]).longValue() != renderedAtEpoch) {
            return OptionalLong.empty();
        }
        long structure = ((Number) gate[1]).longValue();
        String tags = String.join(",", new TreeSet<>(entry.tags()));
        em.createNativeQuery("REPLACE INTO public_page (page_key, structure_epoch, renderer, status, media_type, etag, body, gzipped, tags, "
                        + "rendered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, key).setParameter(2, structure).setParameter(3, renderer())
                .setParameter(4, entry.status()).setParameter(5, entry.mediaType()).setParameter(6, entry.etag())
                .setParameter(7, entry.gzipped() == null ? entry.body() : new byte[0]).setParameter(8, entry.gzipped()).setParameter(9, tags)
                .setParameter(10, Timestamps.now(clock)).executeUpdate();
        em.createNativeQuery("DELETE FROM public_page_tag WHERE page_key = ?1").setParameter(1, key).executeUpdate();
        for (String tag : entry.tags()) {
            if (tag.startsWith(TAG_PREFIX)) {
                em.createNativeQuery("INSERT INTO public_page_tag (tag, page_key) VALUES (?1, ?2)").setParameter(1, tag)
                        .setParameter(2, key).executeUpdate();
            }
        }
        return OptionalLong.of(structure);
    }

    /**
     * In the transaction of a change to what the public sees: takes the gate and deletes the kept pages that show
     * what the change {@code touched}; {@code null} (a structural change) makes every kept page stale.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Set<String> touched) {
        if (touched == null) {
            em.createNativeQuery("UPDATE public_page_gate SET epoch = epoch + 1, structure_epoch = structure_epoch + 1 WHERE id = 1")
                    .executeUpdate();
            return;
        }
        em.createNativeQuery("UPDATE public_page_gate SET epoch = epoch + 1 WHERE id = 1").executeUpdate();
        List<String> tags = touched.stream().filter(t -> t.startsWith(TAG_PREFIX)).toList();
        if (tags.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("SELECT DISTINCT page_key FROM public_page_tag WHERE tag IN (:tags)")
                .setParameter("tags", tags).getResultList();
        if (!keys.isEmpty()) {
            em.createNativeQuery("DELETE FROM public_page WHERE page_key IN (:keys)").setParameter("keys", keys).executeUpdate();
            em.createNativeQuery("DELETE FROM public_page_tag WHERE page_key IN (:keys)").setParameter("keys", keys).executeUpdate();
        }
    }

    /** Reads the structure epoch again: after this node's or another node's structural change, before its memory is emptied. */
    public void structureChanged() {
        structureEpoch = readStructureEpoch();
    }

    private long structureEpoch() {
        long epoch = structureEpoch;
        if (epoch < 0) {
            epoch = readStructureEpoch();
            structureEpoch = epoch;
        }
        return epoch;
    }

    private long readStructureEpoch() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT structure_epoch FROM public_page_gate WHERE id = 1");
             ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("public_page_gate not readable", e);
        }
    }

    /** This build and the renderers' own fingerprints: pages kept by another version are rendered again. */
    private String renderer() {
        String r = renderer;
        if (r == null) {
            String all = version + "|" + pages.stream().map(PublishedPages::fingerprint).sorted().collect(Collectors.joining("|"));
            r = HexFormat.of().formatHex(Arrays.copyOf(Sha256.digest(all.getBytes(StandardCharsets.UTF_8)), 16));
            renderer = r;
        }
        return r;
    }
}
