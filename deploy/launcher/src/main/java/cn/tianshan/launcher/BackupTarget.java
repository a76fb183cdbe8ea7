package cn.tianshan.launcher;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database and attachment store a backup reads or a restore fills: the backend's own settings, else deploy/run's. */
final class BackupTarget {

    private static final Pattern URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

    private BackupTarget() {
    }

    static Database database() {
        String url = Env.get("TIANSHAN_DB_URL", "jdbc:mysql://127.0.0.1:3307/tianshan");
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new LaunchException("TIANSHAN_DB_URL is not jdbc:mysql://host:port/database: " + url);
        }
        return new Database(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), Env.get("TIANSHAN_DB_USER", "root"),
                Env.get("TIANSHAN_DB_PASSWORD", ""), m.group(3));
    }

    static Path storage(Workspace workspace) {
        String dir = Env.get("TIANSHAN_STORAGE_DIR", ".local/files");
        Path path = Path.of(dir);
        return path.isAbsolute() ? path : workspace.repo().resolve(dir);
    }
}
