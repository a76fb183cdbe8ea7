package cn.tianshan.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * A named lease in the database (table {@code job_lease}) that one node at a time holds: long scheduled work takes
 * it before starting and gives it back when done; a node that dies loses it when it expires.
 */
@ApplicationScoped
public class JobLeases {

    private final EntityManager em;

    JobLeases(EntityManager em) {
        this.em = em;
    }

    /** True when {@code holder} now holds the lease until {@code until}; false when another live holder has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String name, String holder, LocalDateTime now, LocalDateTime until) {
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 WHERE name = ?3 "
                        + "AND (expires_at < ?4 OR holder = ?1 OR holder IS NULL)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL WHERE name = ?1 AND holder = ?2")
                .setParameter(1, name).setParameter(2, holder).executeUpdate();
    }
}
