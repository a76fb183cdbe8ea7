package cn.tianshan.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** A MariaDB/MySQL server the launcher talks to as an administrator, and the database the backend gets. */
record Database(String host, int port, String user, String password, String name) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    Database {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be letters, digits and _: " + name);
        }
    }

    String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + name;
    }

    /**
     * A fresh database {@code name}: on the MariaDB/MySQL at 127.0.0.1:3306 when reachable (root, no password),
     * else on an embedded MariaDB started on {@code embeddedPort} with a wiped {@code dataDir}.
     */
    static Database localOrEmbedded(Workspace workspace, Stack stack, String name, int embeddedPort, java.nio.file.Path dataDir) {
        Database database;
        if (reachable("127.0.0.1", 3306, "root", "")) {
            System.out.println("→ database: MariaDB/MySQL at 127.0.0.1:3306, database " + name + " (recreated)");
            database = new Database("127.0.0.1", 3306, "root", "", name);
        } else {
            System.out.println("→ database: nothing at 127.0.0.1:3306, starting an embedded MariaDB on port " + embeddedPort);
            Workspace.deleteRecursively(dataDir);
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start(workspace, dataDir, embeddedPort);
            stack.started(embedded);
            database = embedded.database(name);
        }
        database.recreate();
        return database;
    }

    java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?rewriteBatchedStatements=true&characterEncoding=UTF-8", user, password);
    }

    static boolean reachable(String host, int port, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(serverUrl(host, port), user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    void createIfMissing() {
        execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    void recreate() {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
        createIfMissing();
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(host, port), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new LaunchException("database " + host + ":" + port + " refused '" + sql + "'", e);
        }
    }

    private static String serverUrl(String host, int port) {
        return "jdbc:mysql://" + host + ":" + port + "/?connectTimeout=2000&socketTimeout=30000";
    }
}
