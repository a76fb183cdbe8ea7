package cn.tianshan.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills the search bench database with published articles whose words differ: titles, summaries and bodies
 * put together from pools of phrases a transport department writes (picked by different moduli of the
 * article's number), spread over six columns, six units and four kinds, every twentieth with a 文号. Set-based
 * SQL, so 200,000 articles take seconds.
 */
final class SearchBenchSeeder {

    static final List<String> COLUMNS = List.of("jtyw", "tzgg", "zcwj", "aqsc", "tsdwdt", "tjxx");
    private static final List<String> UNITS = List.of("XJZX", "XJZX", "ZCFGC", "AQJDC", "GLFZZX", "ZHGHC");
    private static final List<String> KINDS = List.of("NEWS", "NOTICE", "POLICY", "NEWS", "NEWS", "STATISTICS");
    static final List<String> TOPICS = List.of("公路养护", "安全生产", "道路运输", "农村公路", "冬季除雪保通", "高速公路建设",
            "交通执法", "物流降本增效", "城市公交", "桥梁隧道检测", "应急保障", "营商环境", "驾驶员培训", "超限超载治理",
            "客运安全", "冷链物流", "智慧交通", "交通扶贫");
    private static final List<String> ACTIONS = List.of("工作会议召开", "专项检查启动", "推进会在乌鲁木齐召开", "工作取得阶段性成效",
            "实施方案印发", "培训班举办", "督导调研", "经验交流会召开", "情况通报", "集中整治行动部署");
    private static final List<String> PLACES = List.of("乌鲁木齐市", "伊犁哈萨克自治州", "喀什地区", "阿克苏地区", "哈密市",
            "昌吉回族自治州", "巴音郭楞蒙古自治州", "和田地区", "塔城地区", "阿勒泰地区", "吐鲁番市");
    private static final List<String> PARAGRAPHS = List.of(
            "为进一步做好全区交通运输行业安全生产工作，切实保障人民群众生命财产安全，根据交通运输部和自治区有关工作部署，现就有关事项通知如下。",
            "各单位要深刻认识做好公路养护工作的重要性，加强日常巡查和预防性养护，提升路况水平，保障道路安全畅通。",
            "会议强调，要持续深化交通运输领域营商环境改革，压减审批时限，推行网上办理，让企业和群众少跑腿。",
            "今年以来，全区农村公路建设稳步推进，新改建农村公路里程持续增加，城乡客运一体化水平不断提升。",
            "入冬以来，各地交通运输部门提前储备融雪物资，落实除雪保通责任，确保降雪期间主要干线公路畅通。",
            "执法人员对重点路段开展超限超载治理，依法查处违法运输车辆，维护公路路产路权和运输市场秩序。",
            "下一步，将加快智慧交通建设，推进数据共享和综合监测平台应用，提高路网运行监测和应急处置能力。",
            "统计数据显示，全区道路货物运输量和旅客运输量同比保持增长，物流运行总体平稳，冷链物流网络逐步完善。",
            "培训围绕道路运输安全管理、驾驶员职业素养和应急处置等内容展开，参训人员表示收获很大。",
            "检测单位对辖区桥梁隧道进行了全面检测，对发现的病害建立台账，限期整改，确保结构安全。",
            "城市公交线网不断优化，新能源公交车辆占比持续提高，群众绿色出行更加便捷。",
            "各地要严格落实领导带班和24小时值班制度，做好突发事件应急保障，确保信息畅通、处置及时。");

    private SearchBenchSeeder() {
    }

    /** Seeds {@code hundredThousands} × 100,000 articles. */
    static void seed(Database database, int hundredThousands) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE bench_digits (d INT NOT NULL PRIMARY KEY)");
            sql.execute("INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
            sql.execute("CREATE TEMPORARY TABLE bench_n (n INT NOT NULL PRIMARY KEY)");
            for (int block = 0; block < hundredThousands; block++) {
                sql.execute("INSERT INTO bench_n (n) SELECT " + (block * 100_000 + 1)
                        + " + d0.d + d1.d * 10 + d2.d * 100 + d3.d * 1000 + d4.d * 10000 "
                        + "FROM bench_digits d0, bench_digits d1, bench_digits d2, bench_digits d3, bench_digits d4");
            }
            sql.execute("CREATE TEMPORARY TABLE bench_columns (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL)");
            for (int k = 0; k < COLUMNS.size(); k++) {
                sql.execute("INSERT INTO bench_columns SELECT " + k + ", id FROM site_column WHERE code = '" + COLUMNS.get(k)
                        + "' AND site_id = (SELECT id FROM site WHERE code = 'main')");
            }
            String at = "TIMESTAMPADD(MINUTE, n * 2, '2024-01-01 08:00:00')";
            sql.execute("INSERT INTO article (id, unit_code, kind, editorial_status, public_status, current_revision_id, current_revision_no, "
                    + "published_revision_id, info_date, important, due_date, due_explanation, index_number, first_published_at, "
                    + "last_published_at, published_late, created_by, created_at, updated_at) "
                    + "SELECT n, " + pick("n % 6", UNITS) + ", " + pick("n % 6", KINDS) + ", 'DONE', 'PUBLISHED', n, 1, n, DATE(" + at
                    + "), FALSE, DATE(" + at + "), '基准测试数据', CONCAT('BENCH/', n), " + at + ", " + at
                    + ", FALSE, 'bench', NOW(), NOW() FROM bench_n");
            sql.execute("INSERT INTO article_revision (id, article_id, number, kind, info_date, important, title, summary, body, "
                    + "column_ids, attachment_ids, origin, publication_form, document_number, content_hash, created_by, "
                    + "created_by_name, created_at) "
                    + "SELECT n, n, 1, " + pick("n % 6", KINDS) + ", DATE(" + at + "), FALSE, "
                    + "CONCAT(" + pick("n % 11", PLACES) + ", " + pick("(n DIV 11) % 18", TOPICS) + ", "
                    + pick("(n DIV 7) % 10", ACTIONS) + ", '（', n, '）'), "
                    + "CONCAT('本文介绍', " + pick("(n DIV 11) % 18", TOPICS) + ", '有关情况。'), "
                    + "CONCAT('<p>', " + pick("n % 12", PARAGRAPHS) + ", '</p><p>', " + pick("(n DIV 12) % 12", PARAGRAPHS)
                    + ", '</p><p>', " + pick("(n DIV 144) % 12", PARAGRAPHS) + ", '</p>'), "
                    + "(SELECT id FROM bench_columns WHERE k = n % 6), '', 'ORIGINAL', 'WEBSITE', "
                    + "IF(n % 20 = 0, CONCAT('新交发〔', 2015 + n % 10, '〕', n DIV 20, '号'), NULL), "
                    + "SHA2(CONCAT('bench', n), 256), 'bench', '基准', NOW() FROM bench_n");
            sql.execute("INSERT INTO article_placement (column_id, published_at, article_id, title, unit_code, important) "
                    + "SELECT r.column_ids, i.first_published_at, i.id, r.title, i.unit_code, i.important FROM bench_n "
                    + "JOIN article i ON i.id = n JOIN article_revision r ON r.id = n");
        }
    }

    private static String pick(String index, List<String> values) {
        StringBuilder elt = new StringBuilder("ELT(1 + " + index);
        values.forEach(v -> elt.append(", '").append(v.replace("'", "''")).append('\''));
        return elt.append(')').toString();
    }
}
