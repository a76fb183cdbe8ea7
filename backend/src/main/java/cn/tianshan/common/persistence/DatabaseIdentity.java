package cn.tianshan.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The identity Liquibase gave this database when it created it (see changeset 0032). */
@ApplicationScoped
public class DatabaseIdentity {

    private final EntityManager em;
    private volatile String uuid;

    DatabaseIdentity(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public String uuid() {
        if (uuid == null) {
            uuid = (String) em.createNativeQuery("SELECT uuid FROM database_identity WHERE id = 1").getSingleResult();
        }
        return uuid;
    }
}
