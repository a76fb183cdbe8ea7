package cn.tianshan.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import cn.tianshan.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A double click (or two reviewers at once) never decides a step twice: one decision wins, the rest get a 409. */
@QuarkusTest
class ConcurrentDecisionsTest {

    private static final int CLICKS = 12;

    @Inject
    DataSource dataSource;

    @Test
    void twelveSimultaneousApprovalsOfOneStepRecordOneDecision() throws Exception {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", "连击同意", Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        long task = Flows.waitingTask(DemoUsers.SITE_OFFICE, article);
        List<Integer> statuses = Race.statuses(CLICKS, () -> Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task).extract().statusCode());
        assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(409).hasSize(CLICKS - 1);
        List<Map<String, Object>> tasks = Flows.get(DemoUsers.SITE_OFFICE, article).getList("activeRun.tasks");
        assertThat(tasks).filteredOn(t -> "APPROVED".equals(t.get("status"))).hasSize(1);
        assertThat(tasks).filteredOn(t -> "IN_PROGRESS".equals(t.get("status"))).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM review_task WHERE id = " + task + " AND status = 'APPROVED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM review_task t JOIN review_run r ON r.id = t.run_id "
                + "WHERE r.subject_type = 'article' AND r.subject_id = " + article)).isEqualTo(2);
    }

    @Test
    void anApprovalAndARejectionAtTheSameMomentLeaveExactlyOneOfThem() throws Exception {
        long article = Flows.create(DemoUsers.EDITOR_AFFILIATED, Flows.article("POLICY", "同时同意与退回", Flows.POLICY_COLUMN));
        Flows.submit(DemoUsers.EDITOR_AFFILIATED, article);
        long task = Flows.waitingTask(DemoUsers.SITE_OFFICE, article);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> approve = pool.submit(() -> {
                start.await();
                return Flows.approve(DemoUsers.UNIT_HEAD_AFFILIATED, task).extract().statusCode();
            });
            Future<Integer> reject = pool.submit(() -> {
                start.await();
                return Flows.reject(DemoUsers.UNIT_HEAD_AFFILIATED, task, "同时退回").extract().statusCode();
            });
            start.countDown();
            assertThat(List.of(approve.get(), reject.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM review_task WHERE id = " + task + " AND status IN ('APPROVED', 'REJECTED')")).isEqualTo(1);
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
