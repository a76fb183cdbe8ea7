package cn.tianshan.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.site.Site;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A locked row is read as committed, even when the transaction had read other rows before taking the lock. */
@QuarkusTest
class RowLocksTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void theLockedEntityShowsWhatAnotherTransactionCommittedAfterThisOneBegan() throws Exception {
        long siteId = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT MIN(id) FROM site").getSingleResult()).longValue());
        String original = QuarkusTransaction.requiringNew().call(() -> em.find(Site.class, siteId).name());
        String changed = original + "（并发修改）";
        try {
            String seen = QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("SELECT COUNT(*) FROM site").getSingleResult();
                CompletableFuture.runAsync(() -> rename(siteId, changed)).get();
                return RowLocks.lock(em, Site.class, "site", siteId).orElseThrow().name();
            });
            assertThat(seen).isEqualTo(changed);
        } finally {
            rename(siteId, original);
        }
    }

    private void rename(long siteId, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE site SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, siteId);
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
