package cn.tianshan.audit;

import cn.tianshan.audit.KeycloakEventReader.KeycloakEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;

/**
 * Copies Keycloak's sign-in failures, lockouts and administrators' changes into the audit chain, so the auditor
 * sees them beside everything else and they are as tamper-evident. Every instance runs it; the event's id is the
 * key of {@code audit_keycloak_event}, written in the same transaction as the audit record, so each event is
 * copied once however many instances read it. Keycloak keeps events 180 days (the realm's setting): an import
 * that was down for less than that loses nothing.
 */
@ApplicationScoped
class KeycloakEventImport {

    private static final Logger LOG = Logger.getLogger(KeycloakEventImport.class);
    /** Read again from a little before the newest copied event: Keycloak nodes may store events slightly out of order. */
    private static final long OVERLAP_MILLIS = 60_000;
    /**
     * Keycloak reports one lockout more than once: five quick failures trip both its quick-login check and its failure
     * count, and a sign-in while locked can trip them again. A lockout of an account this soon after the last one is
     * recorded is the same lockout to an auditor.
     */
    private static final long SAME_LOCKOUT_SECONDS = 60;

    private static final String LOCKED_OUT = KeycloakEventReader.USER_EVENT_ACTIONS.get("USER_DISABLED_BY_TEMPORARY_LOCKOUT");

    private final KeycloakEventReader reader;
    private final EntityManager em;
    private final AuditLog log;
    private volatile boolean failing;

    KeycloakEventImport(KeycloakEventReader reader, EntityManager em, AuditLog log) {
        this.reader = reader;
        this.em = em;
        this.log = log;
    }

    @Scheduled(every = "${tianshan.audit.keycloak-import-every:30s}", delayed = "${tianshan.audit.keycloak-import-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void importNew() {
        try {
            int copied = importKind("user", reader::userEventsSince) + importKind("admin", reader::adminEventsSince);
            if (failing) {
                LOG.infof("Keycloak's events are being copied into the audit log again (%d new)", copied);
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Could not copy Keycloak's events into the audit log; will keep trying: %s", e.toString());
            }
            failing = true;
        }
    }

    private int importKind(String kind, LongFunction<List<KeycloakEvent>> since) {
        int copied = 0;
        for (KeycloakEvent event : since.apply(Math.max(0, newestCopied(kind) - OVERLAP_MILLIS))) {
            if (copy(event)) {
                copied++;
            }
        }
        return copied;
    }

    @Transactional
    long newestCopied(String kind) {
        Number newest = (Number) em.createNativeQuery("SELECT MAX(occurred_ms) FROM audit_keycloak_event WHERE kind = ?1")
                .setParameter(1, kind).getSingleResult();
        return newest == null ? 0 : newest.longValue();
    }

    /**
     * True when this instance made the copy; false when it was already there or restates a lockout already recorded.
     * Every instance reads events oldest first and commits each before the next, so the earlier report of a lockout
     * is committed before any instance weighs the later one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean copy(KeycloakEvent event) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO audit_keycloak_event (event_id, kind, occurred_ms) VALUES (?1, ?2, ?3)")
                .setParameter(1, event.id()).setParameter(2, event.kind()).setParameter(3, event.epochMillis()).executeUpdate();
        if (inserted == 0 || restatesRecordedLockout(event.entry())) {
            return false;
        }
        log.appendInTransaction(event.entry());
        return true;
    }

    private boolean restatesRecordedLockout(AuditEntry entry) {
        if (!LOCKED_OUT.equals(entry.action()) || entry.username() == null) {
            return false;
        }
        Number recorded = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_record WHERE username = ?1 AND action = ?2"
                        + " AND occurred_at BETWEEN ?3 AND ?4")
                .setParameter(1, entry.username()).setParameter(2, LOCKED_OUT)
                .setParameter(3, entry.occurredAt().minusSeconds(SAME_LOCKOUT_SECONDS)).setParameter(4, entry.occurredAt())
                .getSingleResult();
        return recorded.longValue() > 0;
    }
}
