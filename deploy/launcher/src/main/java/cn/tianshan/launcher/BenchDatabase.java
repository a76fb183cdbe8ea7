package cn.tianshan.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the public read benchmark asks of the database directly: the plans of the reads a miss costs, and one
 * publication a second from "another node" (a new article and its public change), which every node's cache follows.
 */
final class BenchDatabase {

    private final Database database;

    BenchDatabase(Database database) {
        this.database = database;
    }

    /** EXPLAIN of the column listing (first page and a keyset page deep down) and of the kept-page lookup. */
    void printPlans(long column, int items) throws SQLException {
        String listing = "SELECT p.article_id, p.published_at, p.title, p.corrected_at, p.unit_code, p.important FROM article_placement p "
                + "WHERE p.column_id = " + column;
        String order = " ORDER BY p.published_at DESC, p.article_id DESC LIMIT 21";
        explain("column, first page", listing + order);
        explain("column, keyset page (after item 21)", listing + " AND (p.published_at < '2024-01-01 08:21:00' OR "
                + "(p.published_at = '2024-01-01 08:21:00' AND p.article_id < 21))" + order);
        explain("kept page (memory miss)", "SELECT structure_epoch, renderer, status, media_type, etag, body, gzipped, tags "
                + "FROM public_page WHERE page_key = 'article:" + items / 2 + "'");
    }

    private void explain(String label, String sql) throws SQLException {
        System.out.println("  EXPLAIN " + label + ":");
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                System.out.printf("    table %-6s type %-7s key %-28s rows %-7s %s%n", rs.getString("table"), rs.getString("type"),
                        rs.getString("key"), rs.getString("rows"), rs.getString("Extra") == null ? "" : rs.getString("Extra"));
            }
        }
    }

    /** Publishes one article a second into {@code column} until interrupted, as another node would. */
    Thread publishEverySecond(long column, int items, AtomicInteger published) {
        Thread thread = new Thread(() -> {
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                while (!Thread.currentThread().isInterrupted()) {
                    long id = items + published.incrementAndGet();
                    s.execute("INSERT INTO article (id, unit_code, kind, editorial_status, public_status, current_revision_id, current_revision_no, "
                            + "published_revision_id, info_date, important, due_date, due_explanation, first_published_at, last_published_at, "
                            + "published_late, created_by, created_at, updated_at) SELECT " + id + ", unit_code, kind, editorial_status, public_status, "
                            + id + ", 1, " + id + ", CURDATE(), FALSE, CURDATE(), due_explanation, NOW(), NOW(), FALSE, created_by, NOW(), NOW() "
                            + "FROM article WHERE id = 1");
                    s.execute("INSERT INTO article_revision (id, article_id, number, kind, info_date, important, title, summary, body, column_ids, "
                            + "attachment_ids, origin, publication_form, content_hash, created_by, created_by_name, created_at) SELECT " + id + ", "
                            + id + ", 1, kind, CURDATE(), FALSE, CONCAT('发布中读取测试 ', " + id + "), summary, body, column_ids, attachment_ids, "
                            + "origin, publication_form, SHA2(CONCAT('live', " + id + "), 256), created_by, created_by_name, NOW() FROM article_revision WHERE id = 1");
                    s.execute("INSERT INTO article_placement (column_id, published_at, article_id, title, unit_code) VALUES (" + column
                            + ", NOW(), " + id + ", CONCAT('发布中读取测试 ', " + id + "), 'XJZX')");
                    s.execute("INSERT INTO public_change (change_type, article_id, revision_id, occurred_at) VALUES ('PUBLISHED', " + id + ", "
                            + id + ", NOW())");
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.out.println("  publishing stopped: " + e.getMessage());
            }
        }, "bench-publisher");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
