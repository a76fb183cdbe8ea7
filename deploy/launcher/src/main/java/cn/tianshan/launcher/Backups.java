package cn.tianshan.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code deploy/backup} and {@code deploy/restore}. A backup is a directory: {@code database.sql} (mariadb-dump in one
 * consistent snapshot, --single-transaction), {@code files/} (the attachment store, copied after the dump: its files
 * are written once under generated names, so every file the dump names is there) and {@code manifest.properties}
 * (row counts, the audit chain's head). A restore goes into an empty database and an empty store and is then verified:
 * row counts equal, the audit chain recomputed link by link from the first record, every stored file's SHA-256 equal to
 * the one its row records.
 */
final class Backups {

    private Backups() {
    }

    static void backup(Database db, Path storage, Path out) throws Exception {
        Workspace.ensureDirectory(out);
        System.out.println("→ dumping " + db.jdbcUrl() + " (one consistent snapshot)");
        Path dump = out.resolve("database.sql");
        runTool(List.of(tool("mariadb-dump"), "--host=" + db.host(), "--port=" + db.port(), "--user=" + db.user(),
                "--password=" + db.password(), "--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", db.name()), null, dump);
        Properties manifest = new Properties();
        try (Connection c = db.connect()) {
            rowCounts(c).forEach((table, rows) -> manifest.setProperty("rows." + table, Long.toString(rows)));
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                if (rs.next()) {
                    manifest.setProperty("audit.last-seq", Long.toString(rs.getLong(1)));
                    manifest.setProperty("audit.last-hash", rs.getString(2));
                }
            }
        }
        System.out.println("→ copying the attachment store " + storage);
        Path files = Workspace.ensureDirectory(out.resolve("files"));
        long copied = copyTree(storage, files);
        manifest.setProperty("files", Long.toString(copied));
        try (var writer = Files.newBufferedWriter(out.resolve("manifest.properties"))) {
            manifest.store(writer, "Tianshan backup of " + db.name());
        }
        System.out.printf("✓ backup in %s: %d tables, %d files, audit chain head %s%n", out,
                manifest.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).count(), copied,
                manifest.getProperty("audit.last-seq", "—"));
    }

    /** Restores into {@code db} (which must have no tables) and {@code storage} (which must be empty); true when verified. */
    static boolean restore(Path in, Database db, Path storage) throws Exception {
        Properties manifest = new Properties();
        try (var reader = Files.newBufferedReader(in.resolve("manifest.properties"))) {
            manifest.load(reader);
        }
        db.createIfMissing();
        try (Connection c = db.connect()) {
            if (!rowCounts(c).isEmpty()) {
                throw new LaunchException("database " + db.name() + " is not empty: restore only into an empty one");
            }
        }
        if (Files.isDirectory(storage)) {
            try (Stream<Path> existing = Files.list(storage)) {
                if (existing.findAny().isPresent()) {
                    throw new LaunchException("attachment store " + storage + " is not empty: restore only into an empty one");
                }
            }
        }
        System.out.println("→ loading database.sql into " + db.jdbcUrl());
        Path load = withoutDefiners(in.resolve("database.sql"));
        try {
            runTool(List.of(tool("mariadb"), "--host=" + db.host(), "--port=" + db.port(), "--user=" + db.user(),
                    "--password=" + db.password(), "--default-character-set=utf8mb4", db.name()), load, null);
        } finally {
            Files.deleteIfExists(load);
        }
        System.out.println("→ copying files into " + storage);
        copyTree(in.resolve("files"), Workspace.ensureDirectory(storage));
        return verify(manifest, db, storage);
    }

    private static boolean verify(Properties manifest, Database db, Path storage) throws SQLException, IOException {
        boolean ok = true;
        try (Connection c = db.connect()) {
            Map<String, Long> counts = rowCounts(c);
            int tables = 0;
            for (String key : manifest.stringPropertyNames()) {
                if (!key.startsWith("rows.")) {
                    continue;
                }
                tables++;
                String table = key.substring("rows.".length());
                long expected = Long.parseLong(manifest.getProperty(key));
                long actual = counts.getOrDefault(table, -1L);
                if (expected != actual) {
                    System.out.printf("✗ %s: %d rows restored, %d backed up%n", table, actual, expected);
                    ok = false;
                }
            }
            System.out.printf("%s row counts: %d tables compared%n", ok ? "✓" : "✗", tables);
            AuditChainCheck.Result chain = AuditChainCheck.verify(c);
            boolean chainOk = chain.intact() && manifest.getProperty("audit.last-hash", "").equals(chain.lastHash());
            System.out.printf("%s audit chain: %d records recomputed from the first%s%n", chainOk ? "✓" : "✗", chain.checked(),
                    chain.intact() ? (chainOk ? ", head equal to the backup's" : ", but its head differs from the backup's")
                            : ": " + chain.problem());
            ok &= chainOk;
            ok &= verifyFiles(c, storage);
        }
        return ok;
    }

    /** Every table with stored_name and sha256 columns names a file that must be in the store with that hash. */
    private static boolean verifyFiles(Connection c, Path storage) throws SQLException, IOException {
        Map<String, Path> byName = new TreeMap<>();
        if (Files.isDirectory(storage)) {
            try (Stream<Path> all = Files.walk(storage)) {
                all.filter(Files::isRegularFile).forEach(p -> byName.put(p.getFileName().toString(), p));
            }
        }
        List<String> tables = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND column_name IN ('stored_name', 'sha256') GROUP BY table_name HAVING COUNT(*) = 2")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        long checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String table : tables) {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT stored_name, sha256 FROM `" + table + "`")) {
                while (rs.next()) {
                    checked++;
                    Path file = byName.get(Path.of(rs.getString(1)).getFileName().toString());
                    if (file == null) {
                        wrong.add(table + "/" + rs.getString(1) + " missing");
                    } else if (!sha256(file).equalsIgnoreCase(rs.getString(2))) {
                        wrong.add(table + "/" + rs.getString(1) + " altered");
                    }
                }
            }
        }
        System.out.printf("%s attachments: %d files checked against their recorded SHA-256 (%s)%s%n", wrong.isEmpty() ? "✓" : "✗",
                checked, String.join(", ", tables), wrong.isEmpty() ? "" : ": " + wrong.subList(0, Math.min(5, wrong.size())));
        return wrong.isEmpty();
    }

    /**
     * The dump with its triggers' DEFINER clauses removed: the restoring account becomes their definer, as it must
     * on another instance, where the original account (or, on an embedded server, an anonymous one) need not exist.
     */
    private static Path withoutDefiners(Path dump) throws IOException {
        Path filtered = Files.createTempFile("tianshan-restore", ".sql");
        try (var reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             var writer = Files.newBufferedWriter(filtered, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                writer.write(DEFINER.matcher(line).replaceAll(""));
                writer.newLine();
            }
        }
        return filtered;
    }

    private static final java.util.regex.Pattern DEFINER = java.util.regex.Pattern.compile("/\\*!50017 DEFINER=[^*]*\\*/\\s?");

    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static long copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long[] copied = {0};
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    copied[0]++;
                }
            }
        }
        return copied[0];
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Debian's client when installed, else the one the embedded MariaDB brought along (.local/mariadb/base/bin). */
    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        Path embedded = Path.of(System.getProperty("tianshan.repo", "."), ".local/mariadb/base/bin", name);
        if (Files.isExecutable(embedded)) {
            return embedded.toString();
        }
        throw new LaunchException(name + " not found: apt-get install mariadb-client, or run deploy/run once (it brings one)");
    }

    private static void runTool(List<String> command, Path input, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        Path errors = Files.createTempFile("tianshan-tool", ".log");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new LaunchException(Path.of(command.get(0)).getFileName() + " failed: " + Files.readString(errors, StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(errors);
    }
}
