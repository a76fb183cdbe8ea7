package cn.tianshan.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code deploy/drill}: the fault drills of the production shape, each bounded in time, printing what it found. A cluster
 * of two nodes behind nginx on a database and a Keycloak of its own (an embedded MariaDB, so the drill can restart it):
 * <ol>
 *   <li>kill -9 of a node during letters at 100 per second: every acknowledged letter is stored exactly once;</li>
 *   <li>the database restarted under letters and reads: the nodes recover by themselves, nothing half-written;</li>
 *   <li>100 articles scheduled for the same minute: each published once, one audit entry each;</li>
 *   <li>a rolling restart of both nodes under read load: failed public requests counted (target zero);</li>
 *   <li>Keycloak down: the public site serves, an issued token still works, a new sign-in is refused;</li>
 *   <li>read throughput of two nodes behind nginx against one node alone, in the same run.</li>
 * </ol>
 * Exit code 0 when every drill met its promise.
 */
final class DrillMode {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SECRET = "tianshan-drill-secret";

    private final Workspace workspace;
    private final Stack stack;
    private final List<String[]> report = new ArrayList<>();
    private boolean allMet = true;
    private EmbeddedMariaDb database;
    private Path dataDir;
    private int databasePort;
    private Cluster cluster;
    private DrillHttp front;
    private ChildProcess keycloak;

    DrillMode(Workspace workspace, Stack stack) {
        this.workspace = workspace;
        this.stack = stack;
    }

    int run() throws Exception {
        Path dir = workspace.local().resolve("drill");
        Workspace.deleteRecursively(dir);
        Workspace.ensureDirectory(dir);
        databasePort = Env.port("TIANSHAN_DRILL_DB_PORT", 3311);
        dataDir = dir.resolve("mariadb-data");
        System.out.println("→ embedded MariaDB on port " + databasePort + " (the drill restarts it)");
        database = EmbeddedMariaDb.start(workspace, dataDir, databasePort);
        stack.started(database);
        Database db = database.database("tianshan");
        db.createIfMissing();

        int keycloakPort = Env.port("TIANSHAN_DRILL_KEYCLOAK_PORT", 8184);
        int nginxPort = Env.port("TIANSHAN_DRILL_PORT", 8190);
        System.out.println("→ Keycloak (test realm) on port " + keycloakPort);
        KeycloakServer server = new KeycloakServer(workspace, "drill");
        server.forgetData();
        RealmFile realm = RealmFile.read(workspace.realmFile()).withOverlay(workspace.testRealmOverlay(),
                Map.of("E2E_ORIGIN", "http://localhost:" + nginxPort, "TEST_CLIENT_SECRET", SECRET));
        keycloak = server.start(realm.bytes(), keycloakPort, Env.port("TIANSHAN_DRILL_KEYCLOAK_MANAGEMENT_PORT", 9184),
                dir.resolve("logs/keycloak.log"));
        stack.started(keycloak);
        KeycloakServer.awaitRealm(keycloak, keycloakPort);

        Map<String, String> env = new HashMap<>();
        env.put("TIANSHAN_DB_URL", db.jdbcUrl());
        env.put("TIANSHAN_DB_USER", db.user());
        env.put("TIANSHAN_DB_PASSWORD", db.password());
        env.put("TIANSHAN_OIDC_URL", KeycloakServer.issuer(keycloakPort));
        env.put("TIANSHAN_DEMO_DATA", "false");
        env.put("TIANSHAN_MAIL_HOST", "127.0.0.1");
        env.put("TIANSHAN_MAIL_PORT", "9");
        env.put("TIANSHAN_SCHEDULE_CHECK", "2s");
        env.put("TIANSHAN_STORAGE_DIR", dir.resolve("files").toString());
        // The drills measure failover, not the citizen's proof of work or the password hash: both made cheap here.
        env.put("TIANSHAN_INTAKE_DIFFICULTY", "4");
        env.put("TIANSHAN_INTAKE_PER_ADDRESS", "1000000");
        env.put("TIANSHAN_INTAKE_GLOBAL", "1000000");
        env.put("TIANSHAN_PASSWORD_MEMORY_KB", "256");
        env.put("TIANSHAN_PASSWORD_ITERATIONS", "1");
        cluster = new Cluster(workspace, stack, dir, env, Env.port("TIANSHAN_DRILL_FIRST_NODE_PORT", 8191), 2);
        System.out.println("→ two backend nodes on ports " + cluster.port(0) + " and " + cluster.port(1));
        cluster.startNodes(Duration.ofMinutes(3));
        System.out.println("→ nginx on port " + nginxPort);
        cluster.startNginx(nginxPort, "http://localhost:" + keycloakPort);
        front = new DrillHttp("http://127.0.0.1:" + nginxPort, KeycloakServer.issuer(keycloakPort), SECRET);

        killDuringLetters();
        databaseRestart();
        List<Long> published = scheduledPublications();
        withdrawalSeenByTheOtherNode(published.get(0), KeycloakServer.issuer(keycloakPort));
        rollingRestart();
        throughput(nginxPort);
        backupAndRestore(db, dir);
        keycloakDown();

        System.out.println();
        System.out.println("Fault drills (2 nodes behind nginx, embedded MariaDB, 2 cores shared by everything):");
        for (String[] row : report) {
            System.out.printf("  %-4s %-58s %s%n", row[0], row[1], row[2]);
        }
        System.out.println(allMet ? "✓ every drill met its promise" : "✗ a drill did not meet its promise (see above)");
        return allMet ? 0 : 1;
    }

    // ---------------------------------------------------------------- 1. kill -9 during writes

    private void killDuringLetters() throws Exception {
        System.out.println("→ drill 1: letters at 100/s for 20 s through nginx; node 2 killed (-9) at 6 s, started again at 10 s");
        Letters letters = new Letters("演练一");
        letters.start(100);
        sleep(6_000);
        cluster.kill(1);
        Instant killed = Instant.now();
        sleep(4_000);
        Thread restart = new Thread(() -> cluster.startNode(1, Duration.ofMinutes(2)));
        restart.start();
        sleep(10_000);
        letters.stop();
        restart.join();
        System.out.printf("  node 2 back %d s after the kill%n", Duration.between(killed, Instant.now()).toSeconds());
        letters.verify("1", "kill -9 of a node under 100 letters/s");
    }

    // ---------------------------------------------------------------- 2. database restart

    private void databaseRestart() throws Exception {
        System.out.println("→ drill 2: letters at 20/s and reads; the database stopped at 4 s and started again");
        Letters letters = new Letters("演练二");
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger readFailures = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                int status = front.read("/api/public/mailbox-messages/statistics");
                reads.incrementAndGet();
                if (status != 200) {
                    readFailures.incrementAndGet();
                }
                sleep(20);
            }
        });
        letters.start(20);
        reader.start();
        sleep(4_000);
        database.stop();
        Instant down = Instant.now();
        sleep(3_000);
        database = EmbeddedMariaDb.start(workspace, dataDir, databasePort);
        stack.started(database);
        Instant up = Instant.now();
        long recovered = -1;
        while (Duration.between(up, Instant.now()).toSeconds() < 30) {
            DrillHttp.Answer answer = front.letter("演练二-恢复探测-" + System.nanoTime());
            if (answer.status() == 201) {
                recovered = Duration.between(up, Instant.now()).toMillis();
                break;
            }
            sleep(250);
        }
        sleep(3_000);
        letters.stop();
        reading.set(false);
        reader.join();
        System.out.printf("  database down %d ms; reads %d, failed %d (while it was down)%n", Duration.between(down, up).toMillis(),
                reads.get(), readFailures.get());
        boolean met = recovered >= 0 && recovered <= 10_000;
        row(met, "2", "nodes write again after the database restarts (≤ 10 s)",
                recovered < 0 ? "no write succeeded within 30 s" : "first letter accepted " + recovered + " ms after the database was back");
        letters.verify("2", "letters across a database restart");
        long halfWritten = count("SELECT COUNT(*) FROM mailbox_message m LEFT JOIN deadline_clock c ON c.subject_type = 'mailbox-message' "
                + "AND c.subject_id = m.id WHERE m.subject LIKE '演练%' AND c.id IS NULL");
        row(halfWritten == 0, "2", "no letter stored without its reply deadline (half-written)", halfWritten + " half-written");
    }

    // ---------------------------------------------------------------- 3. scheduled publications

    private List<Long> scheduledPublications() throws Exception {
        long column = jtywColumn();
        LocalDateTime due = LocalDateTime.now(SHANGHAI).plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
        System.out.println("→ drill 3: 100 news articles through their review chain, all scheduled for " + due);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Long>> created = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            created.add(pool.submit(() -> scheduledArticle(column, due, n)));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : created) {
            ids.add(f.get());
        }
        pool.shutdown();
        System.out.printf("  100 articles scheduled by %s; waiting for %s%n", LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS), due);
        Instant deadline = Instant.now().plus(Duration.between(LocalDateTime.now(SHANGHAI), due)).plusSeconds(60);
        String list = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        long published = 0;
        while (Instant.now().isBefore(deadline)) {
            published = count("SELECT COUNT(*) FROM article WHERE id IN (" + list + ") AND public_status = 'PUBLISHED'");
            if (published == 100) {
                break;
            }
            sleep(2_000);
        }
        long audits = count("SELECT COUNT(*) FROM audit_record WHERE action = 'article.publish.scheduled' AND target_id IN ("
                + ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow() + ")");
        long twice = count("SELECT COUNT(*) FROM (SELECT target_id FROM audit_record WHERE action = 'article.publish.scheduled' "
                + "GROUP BY target_id HAVING COUNT(*) > 1) d");
        row(published == 100 && audits == 100 && twice == 0, "3", "100 scheduled for one minute, two nodes: each published once",
                published + " published, " + audits + " audit entries, " + twice + " published twice");
        return ids;
    }

    /**
     * An article withdrawn through node 1 leaves node 2's answers within a second: its page (which node 2 had in memory)
     * and its search results (node 2's own index). Node 2 learns of it only through the shared change log.
     */
    private void withdrawalSeenByTheOtherNode(long article, String issuer) throws Exception {
        System.out.println("→ drill 3b: an article withdrawn through node 1, read on node 2");
        DrillHttp first = new DrillHttp("http://127.0.0.1:" + cluster.port(0), issuer, SECRET);
        DrillHttp second = new DrillHttp("http://127.0.0.1:" + cluster.port(1), issuer, SECRET);
        String page = "/api/public/articles/" + article;
        String search = "/api/public/search?q=" + java.net.URLEncoder.encode("演练定时发布第1篇", java.nio.charset.StandardCharsets.UTF_8) + "&size=50";
        expect(second.call("GET", page, null, null), 200, "node 2 reads the article");
        expect(second.call("GET", page, null, null), 200, "node 2 reads it again, from memory");
        boolean foundBefore = listed(second.call("GET", search, null, null), article);
        long withdrawn = System.nanoTime();
        expect(first.as("sun.li", "POST", "/api/articles/" + article + "/withdrawal",
                Map.of("kind", "PUBLISHED_IN_ERROR", "reason", "演练：误发删除")), 200, "withdrawal through node 1");
        long pageGone = -1;
        long searchGone = -1;
        while ((pageGone < 0 || searchGone < 0) && System.nanoTime() - withdrawn < 10_000_000_000L) {
            long now = (System.nanoTime() - withdrawn) / 1_000_000;
            if (pageGone < 0 && second.call("GET", page, null, null).status() != 200) {
                pageGone = now;
            }
            if (searchGone < 0 && !listed(second.call("GET", search, null, null), article)) {
                searchGone = now;
            }
            sleep(20);
        }
        row(foundBefore && pageGone >= 0 && pageGone <= 1000 && searchGone >= 0 && searchGone <= 1000, "3b",
                "withdrawn on node 1: gone from node 2's page and search within 1 s",
                (foundBefore ? "" : "not found by search before; ") + "page " + (pageGone < 0 ? "still served after 10 s" : pageGone + " ms")
                        + ", search " + (searchGone < 0 ? "still listed after 10 s" : searchGone + " ms") + " after the withdrawal answered");
    }

    private static boolean listed(DrillHttp.Answer results, long article) {
        for (JsonNode hit : results.body().path("hits")) {
            if (hit.path("id").asLong() == article) {
                return true;
            }
        }
        return false;
    }

    private long scheduledArticle(long column, LocalDateTime due, int n) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "NEWS");
        body.put("title", "演练定时发布第" + (n + 1) + "篇：全区交通运输系统冬季保畅工作部署");
        body.put("summary", "定时发布演练");
        body.put("body", "<p>定时发布演练正文，第" + (n + 1) + "篇。</p>");
        body.put("columnIds", List.of(column));
        body.put("origin", "ORIGINAL");
        body.put("publicationForm", "WEBSITE");
        body.put("infoDate", due.toLocalDate().toString());
        body.put("important", false);
        body.put("scheduledAt", due.toString());
        DrillHttp.Answer created = front.as("ma.li", "POST", "/api/articles", body);
        expect(created, 201, "draft");
        long id = created.body().path("id").asLong();
        if (n % 10 == 0) {
            byte[] pdf = ("%PDF-1.4\n1 0 obj<<>>endobj\n% 演练附件 " + n + "\ntrailer<<>>\n%%EOF").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            DrillHttp.Answer uploaded = front.upload("ma.li", "/api/articles/" + id + "/attachments", "冬季保畅方案" + n + ".pdf", pdf,
                    "application/pdf");
            expect(uploaded, 201, "attachment");
            body.put("attachmentIds", List.of(uploaded.body().path("id").asLong()));
            body.put("baseRevision", 1);
            expect(front.as("ma.li", "PUT", "/api/articles/" + id, body), 200, "saving the attachment into the article");
        }
        int revision = front.as("ma.li", "GET", "/api/articles/" + id, null).body().path("current").path("number").asInt();
        expect(front.as("ma.li", "POST", "/api/articles/" + id + "/submission", Map.of("revision", revision)), 200, "submit");
        for (String reviewer : List.of("xu.gang", "chen.jun", "lin.xue")) {
            long task = waitingTask(id);
            expect(front.as(reviewer, "POST", "/api/reviews/tasks/" + task + "/approval",
                    Map.of("opinion", "同意", "proofread", true, "confidentialityChecked", true)), 200, "approval by " + reviewer);
        }
        return id;
    }

    private long waitingTask(long article) throws Exception {
        JsonNode detail = front.as("sun.li", "GET", "/api/articles/" + article, null).body();
        for (JsonNode task : detail.path("activeRun").path("tasks")) {
            if ("IN_PROGRESS".equals(task.path("status").asText())) {
                return task.path("id").asLong();
            }
        }
        throw new LaunchException("nothing waiting on article " + article);
    }

    private long jtywColumn() throws Exception {
        DrillHttp.Answer tree = front.call("GET", "/api/public/sites/main/columns", null, null);
        List<JsonNode> stack = new ArrayList<>();
        tree.body().forEach(stack::add);
        while (!stack.isEmpty()) {
            JsonNode node = stack.remove(stack.size() - 1);
            if ("jtyw".equals(node.path("code").asText())) {
                return node.path("id").asLong();
            }
            node.path("children").forEach(stack::add);
        }
        throw new LaunchException("交通要闻 (jtyw) not found on the main site");
    }

    // ---------------------------------------------------------------- 4. rolling restart

    private void rollingRestart() throws Exception {
        System.out.println("→ drill 4: 16 readers through nginx while node 1, then node 2, is stopped (SIGTERM) and started again");
        List<String> pages = List.of("/", "/api/public/sites", "/api/public/sites/main/home", "/units", "/api/public/site",
                "/api/public/sites/main/columns");
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(16);
        for (int r = 0; r < 16; r++) {
            int offset = r;
            readers.submit(() -> {
                int i = offset;
                while (reading.get()) {
                    String page = pages.get(i++ % pages.size());
                    int status = front.read(page);
                    requests.incrementAndGet();
                    if (status != 200) {
                        failures.add(status + " " + page);
                    }
                }
            });
        }
        sleep(3_000);
        for (int node = 0; node < 2; node++) {
            cluster.stop(node);
            cluster.startNode(node, Duration.ofMinutes(2));
            sleep(3_000);
        }
        reading.set(false);
        readers.shutdown();
        readers.awaitTermination(30, TimeUnit.SECONDS);
        Map<String, Integer> kinds = new HashMap<>();
        failures.forEach(f -> kinds.merge(f, 1, Integer::sum));
        row(failures.isEmpty(), "4", "rolling restart of both nodes under read load: zero failures",
                requests.get() + " requests, " + failures.size() + " failed" + (kinds.isEmpty() ? "" : " " + kinds));
    }

    // ---------------------------------------------------------------- backup and restore

    private void backupAndRestore(Database db, Path dir) throws Exception {
        System.out.println("→ backup of the drill's database and attachment store, restored into an empty database and store");
        Path backup = dir.resolve("backup");
        Backups.backup(db, dir.resolve("files"), backup);
        Database restored = database.database("tianshan_restored");
        restored.recreate();
        boolean verified = Backups.restore(backup, restored, dir.resolve("restored-files"));
        long rows;
        try (Connection c = restored.connect()) {
            rows = Backups.rowCounts(c).values().stream().mapToLong(Long::longValue).sum();
        }
        row(verified, "6", "backup → restore into an empty instance, verified",
                rows + " rows; row counts, audit chain and attachment hashes " + (verified ? "all equal" : "differ (see above)"));
    }

    // ---------------------------------------------------------------- 5. Keycloak down

    private void keycloakDown() throws Exception {
        System.out.println("→ drill 5: Keycloak stopped; the public site, an issued token and a new sign-in");
        String issued = front.token("sun.li");
        keycloak.stop();
        int home = front.read("/");
        int api = front.read("/api/public/sites/main/home");
        DrillHttp.Answer me = front.call("GET", "/api/me", issued, null);
        boolean signInRefused;
        try {
            front.token("li.na");
            signInRefused = false;
        } catch (Exception e) {
            signInRefused = true;
        }
        row(home == 200 && api == 200, "5", "Keycloak down: the public site keeps serving", "home " + home + ", home page data " + api);
        row(me.status() == 200, "5", "Keycloak down: a token issued before still works", "/api/me → " + me.status());
        row(signInRefused, "5", "Keycloak down: a new sign-in is refused, not hung", signInRefused ? "refused" : "a token was issued");
    }

    // ---------------------------------------------------------------- 6. throughput

    private void throughput(int nginxPort) throws Exception {
        System.out.println("→ two nodes behind nginx against one node alone: home page data, 64 connections, 10 s each");
        String path = "/api/public/sites/main/home";
        Wrk.Result one = Wrk.parse("one node", Wrk.run(64, "10s", null, "http://127.0.0.1:" + cluster.port(0) + path));
        Wrk.Result two = Wrk.parse("two nodes", Wrk.run(64, "10s", null, "http://127.0.0.1:" + nginxPort + path));
        report.add(new String[] {"—", "read throughput, one node alone", String.format("%,.0f req/s, p99 %.1f ms", one.requestsPerSecond(), one.p99Millis())});
        report.add(new String[] {"—", "read throughput, two nodes behind nginx", String.format("%,.0f req/s, p99 %.1f ms (%.2f× one node; "
                + "one machine's 2 cores run both nodes, nginx and wrk)", two.requestsPerSecond(), two.p99Millis(),
                two.requestsPerSecond() / one.requestsPerSecond())});
    }

    // ---------------------------------------------------------------- letters

    /** Letters sent at a steady rate, each with a unique subject; what came back acknowledged is checked in the database. */
    private final class Letters {
        private final String prefix;
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService senders = Executors.newFixedThreadPool(48);
        private final AtomicInteger sequence = new AtomicInteger();
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final Map<String, Integer> refused = new ConcurrentHashMap<>();
        private final AtomicInteger failed = new AtomicInteger();

        Letters(String prefix) {
            this.prefix = prefix;
        }

        void start(int perSecond) {
            ticker.scheduleAtFixedRate(() -> senders.submit(this::sendOne), 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        }

        private void sendOne() {
            String subject = prefix + "-" + sequence.incrementAndGet();
            try {
                DrillHttp.Answer answer = front.letter(subject);
                if (answer.status() == 201) {
                    acknowledged.add(subject);
                } else {
                    refused.merge(String.valueOf(answer.status()), 1, Integer::sum);
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                refused.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }

        void stop() throws InterruptedException {
            ticker.shutdown();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            senders.shutdown();
            senders.awaitTermination(60, TimeUnit.SECONDS);
        }

        void verify(String drill, String what) throws SQLException {
            Map<String, Integer> stored = new HashMap<>();
            try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                    "SELECT subject, COUNT(*) FROM mailbox_message WHERE subject LIKE ? GROUP BY subject")) {
                q.setString(1, prefix + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            long lost = acknowledged.stream().filter(s -> !stored.containsKey(s)).count();
            long twice = stored.values().stream().filter(n -> n > 1).count();
            long unacknowledged = stored.keySet().stream().filter(s -> !acknowledged.contains(s)).count();
            int sent = sequence.get();
            boolean broken = refused.keySet().stream().anyMatch(status -> status.equals("500"));
            row(lost == 0 && twice == 0 && !broken, drill, what + ": acknowledged letters stored exactly once, never a 500",
                    String.format("%d sent, %d acknowledged, %d lost, %d stored twice; client errors %s; %d stored but not acknowledged",
                            sent, acknowledged.size(), lost, twice, refused.isEmpty() ? "none" : refused, unacknowledged));
        }
    }

    // ---------------------------------------------------------------- helpers

    private void row(boolean met, String drill, String promise, String measured) {
        allMet &= met;
        report.add(new String[] {drill + (met ? " ✓" : " ✗"), promise, measured});
        System.out.println("  " + (met ? "✓ " : "✗ ") + promise + ": " + measured);
    }

    private Connection connect() throws SQLException {
        return database.database("tianshan").connect();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); var statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void expect(DrillHttp.Answer answer, int status, String step) {
        if (answer.status() != status) {
            throw new LaunchException(step + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
