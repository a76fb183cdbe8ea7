package cn.tianshan.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the bench database with published articles: a realistic body, one column, one revision each, placed
 * in the column's public listing, built with set-based SQL so 100,000 articles take seconds.
 */
final class BenchSeeder {

    private BenchSeeder() {
    }

    /** Seeds {@code count} (a power of ten up to 10^6) articles into the column with code {@code columnCode}; returns its id. */
    static long seed(Database database, String columnCode, int count) throws SQLException {
        int digits = Integer.toString(count).length() - 1;
        if (Math.pow(10, digits) != count) {
            throw new IllegalArgumentException("count must be a power of ten");
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            var rs = sql.executeQuery("SELECT id FROM site_column WHERE code = '" + columnCode + "'");
            if (!rs.next()) {
                throw new LaunchException("no column " + columnCode + " in the bench database");
            }
            long column = rs.getLong(1);
            sql.execute("CREATE TEMPORARY TABLE bench_digits (d INT NOT NULL PRIMARY KEY)");
            sql.execute("INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
            StringBuilder number = new StringBuilder("(1");
            StringBuilder from = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                number.append(" + d").append(i).append(".d * ").append((long) Math.pow(10, i));
                from.append(i == 0 ? "" : ", ").append("bench_digits d").append(i);
            }
            number.append(")");
            sql.execute("CREATE TEMPORARY TABLE bench_n (n INT NOT NULL PRIMARY KEY)");
            sql.execute("INSERT INTO bench_n (n) SELECT " + number + " FROM " + from);
            String body = ("<p>为进一步做好全区交通运输行业安全生产工作，切实保障人民群众生命财产安全，根据交通运输部和自治区有关工作部署，"
                    + "现就有关事项通知如下。</p><p>一、提高思想认识。各单位要深刻认识做好安全生产工作的重要性和紧迫性，"
                    + "压实安全生产责任，加强隐患排查治理。</p><p>二、强化重点领域监管。加强道路运输、公路养护作业和在建工程的安全监管，"
                    + "严格落实各项安全措施。</p><p>三、做好应急值守。严格执行领导带班和24小时值班制度，确保信息畅通、处置及时。</p>")
                    .replace("'", "''");
            sql.execute("INSERT INTO article (id, unit_code, kind, editorial_status, public_status, current_revision_id, current_revision_no, "
                    + "published_revision_id, info_date, important, due_date, due_explanation, first_published_at, last_published_at, "
                    + "published_late, created_by, created_at, updated_at) "
                    + "SELECT n, 'XJZX', 'NEWS', 'DONE', 'PUBLISHED', n, 1, n, DATE(TIMESTAMPADD(SECOND, n * 60, '2024-01-01')), FALSE, "
                    + "DATE(TIMESTAMPADD(SECOND, n * 60, '2024-01-03')), '基准测试数据', TIMESTAMPADD(SECOND, n * 60, '2024-01-01 08:00:00'), "
                    + "TIMESTAMPADD(SECOND, n * 60, '2024-01-01 08:00:00'), FALSE, 'bench', NOW(), NOW() FROM bench_n");
            sql.execute("INSERT INTO article_revision (id, article_id, number, kind, info_date, important, title, summary, body, column_ids, "
                    + "attachment_ids, origin, publication_form, content_hash, created_by, created_by_name, created_at) "
                    + "SELECT n, n, 1, 'NEWS', DATE(TIMESTAMPADD(SECOND, n * 60, '2024-01-01')), FALSE, "
                    + "CONCAT('全区交通运输系统安全生产工作动态（第', n, '期）'), CONCAT('基准测试信息第', n, '条'), '" + body + "', '"
                    + column + "', '', 'ORIGINAL', 'WEBSITE', SHA2(CONCAT('bench', n), 256), 'bench', '基准', NOW() FROM bench_n");
            sql.execute("INSERT INTO article_placement (column_id, published_at, article_id, title, unit_code) "
                    + "SELECT " + column + ", TIMESTAMPADD(SECOND, n * 60, '2024-01-01 08:00:00'), n, "
                    + "CONCAT('全区交通运输系统安全生产工作动态（第', n, '期）'), 'XJZX' FROM bench_n");
            sql.execute("INSERT INTO public_change (change_type, article_id, revision_id, occurred_at) VALUES ('STRUCTURE', NULL, NULL, NOW())");
            return column;
        }
    }
}
