package cn.tianshan.audit;

import cn.tianshan.common.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Notices the first request of each Keycloak session (the token's {@code sid}), which is when the backend
 * sees a login. A small in-memory set spares the database on every later request; the table makes the
 * answer the same across backend instances.
 */
@ApplicationScoped
class LoginSessions {

    private static final int REMEMBERED = 10_000;

    private final EntityManager em;
    private final Clock clock;
    private final Set<String> recent = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));

    LoginSessions(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    boolean alreadySeen(String sessionId) {
        return recent.contains(sessionId);
    }

    /** True only for the first sighting of the session, on whichever instance sees it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean firstSighting(String sessionId) {
        if (!recent.add(sessionId)) {
            return false;
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO audit_seen_session (session_id, first_seen) VALUES (?1, ?2)")
                .setParameter(1, sessionId).setParameter(2, Timestamps.now(clock)).executeUpdate();
        return inserted == 1;
    }
}
