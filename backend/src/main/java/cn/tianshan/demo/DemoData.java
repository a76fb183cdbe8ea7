package cn.tianshan.demo;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.article.ArticleKind;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.article.ArticleViews.SubmitCommand;
import cn.tianshan.article.Articles;
import cn.tianshan.common.time.SiteClock;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.confidentiality.ConfidentialityReviews;
import cn.tianshan.confidentiality.ConfidentialityViews.OpinionCommand;
import cn.tianshan.confidentiality.Opinion;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.org.OrgViews.PersonRef;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.review.TaskStatus;
import cn.tianshan.site.ColumnChangeRequest;
import cn.tianshan.site.ColumnChanges;
import cn.tianshan.site.ColumnKind;
import cn.tianshan.site.SiteViews.ColumnChangeCommand;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.Sites;
import cn.tianshan.site.UpdateClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The shop window of {@code deploy/run}: on a fresh database, a department at work — published news, notices,
 * policies with their interpretation, articles waiting at each kind of step (a confidentiality review among them),
 * a returned draft its author has been told about, an overdue draft, a column change request. Everything goes
 * through the real services as the demo people, so every rule, review record and notification is genuine.
 * Only when {@code tianshan.demo.enabled} (deploy/run sets it), once per database, on one instance.
 */
@ApplicationScoped
class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF").getBytes();

    private final boolean enabled;
    private final ActingAs acting;
    private final Articles articles;
    private final ReviewEngine engine;
    private final ConfidentialityReviews confidentiality;
    private final ColumnChanges columnChanges;
    private final Sites sites;
    private final EntityManager em;
    private final DemoGovernance governance;
    private final DemoInteraction interaction;
    private final DemoParticipation participation;
    private final Clock clock;
    private final Organisation organisation;
    private final DemoSignIns signIns;

    DemoData(@ConfigProperty(name = "tianshan.demo.enabled", defaultValue = "false") boolean enabled, ActingAs acting,
             Articles articles, ReviewEngine engine, ConfidentialityReviews confidentiality, ColumnChanges columnChanges,
             Sites sites, EntityManager em, DemoGovernance governance, DemoInteraction interaction, DemoParticipation participation, Clock clock,
             Organisation organisation, DemoSignIns signIns) {
        this.organisation = organisation;
        this.signIns = signIns;
        this.governance = governance;
        this.interaction = interaction;
        this.participation = participation;
        this.enabled = enabled;
        this.acting = acting;
        this.articles = articles;
        this.engine = engine;
        this.confidentiality = confidentiality;
        this.columnChanges = columnChanges;
        this.sites = sites;
        this.em = em;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled || !claim()) {
            return;
        }
        try {
            load();
            LOG.info("Demo data loaded: a year of published articles in every column, articles in every state, reviews waiting in each demo inbox, a column change request, letters and disclosure requests in every state");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Demo data could not be loaded completely; delete .local/run/mariadb-data for a fresh start");
        }
    }

    /** True on the one instance that claims the loading, on a database without articles. */
    private boolean claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long existing = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM article").getSingleResult()).longValue();
            if (existing > 0) {
                return false;
            }
            return em.createNativeQuery("INSERT IGNORE INTO demo_data_load (id, loaded_at) VALUES (1, ?1)")
                    .setParameter(1, Timestamps.now(clock)).executeUpdate() == 1;
        });
    }

    void load() {
        LocalDate today = Timestamps.now(clock).toLocalDate();
        yearOfWork(today);
        long news = column("main", "jtyw");
        long notices = column("main", "tzgg");
        long pictures = column("main", "tpxw");
        long policies = column("main", "zcwj");
        long readings = column("main", "zcjd");
        long highway = column("main", "gljsyh");
        long units = column("main", "tsdwdt");
        long credit = column("main", "xyjt");
        long creditNews = column("credit", "xydt");

        publish("ma.li", ArticleKind.NEWS, "全区交通运输工作会议在乌鲁木齐召开", "会议总结2026年全区交通运输工作，部署2027年重点任务。",
                today.minusDays(1), true, news);
        publish("ma.li", ArticleKind.NEWS, "自治区交通运输厅部署冬季道路运输安全生产工作", "要求各地做好冰雪天气道路运输安全监管和应急保障。",
                today.minusDays(1), false, news);
        publish("ma.li", ArticleKind.NEWS, "G30连霍高速公路小草湖至乌鲁木齐段改扩建工程顺利通车", "全线按双向八车道标准建成，通行能力大幅提升。",
                today, true, news);
        publish("ma.li", ArticleKind.NEWS, "全区农村公路“畅返不畅”整治工作取得阶段性成效", "今年以来完成整治里程2300公里。", today, false, news);
        publish("ma.li", ArticleKind.NOTICE, "关于做好2027年元旦春节期间交通运输保障工作的通知",
                "请各单位做好节日期间运输组织、安全生产和应急值守工作。", today, false, notices);
        publish("ma.li", ArticleKind.NOTICE, "2026年度交通运输行业统计调查工作安排", "请各单位于12月25日前报送年度统计报表。",
                today.minusDays(1), false, notices);

        String[][] photos = {
            {"天山公路独库段冬季封闭前完成全线安全检查", "养护人员对沿线防护设施和标志标线逐一排查。"},
            {"乌尉高速公路天山胜利隧道主体工程进展顺利", "建设者克服高寒缺氧条件加紧施工。"},
            {"南疆农村公路连通更多村庄", "新改建农村公路让群众出行更便利。"},
        };
        for (int i = 0; i < photos.length; i++) {
            long photo = draft("ma.li", ArticleKind.NEWS, photos[i][0], photos[i][1], today, false, null, pictures);
            attach("ma.li", photo, "图片新闻" + (i + 1) + ".png", DemoImages.landscape(i), true);
            submitAndPass("ma.li", photo);
        }

        // 公路事业发展中心 publishes into 宣传教育中心's column it was granted: the owner's step is in the chain.
        publish("zhang.wei", ArticleKind.NEWS, "公路事业发展中心召开冬季公路养护工作推进会", "部署除雪保通和桥隧安全隐患排查工作。",
                today.minusDays(1), false, units);
        publish("zhang.wei", ArticleKind.NEWS, "公路事业发展中心开展养护技能比武", "来自全区的60余名养护职工参加比赛。",
                today, false, units);

        long plan = draft("zhang.wei", ArticleKind.NOTICE, "2026年冬季公路养护作业计划", "公布全区干线公路冬季除雪保通作业安排。",
                today, false, null, highway);
        attach("zhang.wei", plan, "冬季公路养护作业计划.pdf", PDF, false);
        submitAndPass("zhang.wei", plan);

        long policy = draft("zhang.wei", ArticleKind.POLICY, "新疆维吾尔自治区公路养护工程管理办法（试行）",
                "规范公路养护工程的计划、设计、施工和验收管理。", today.minusDays(1), false, "新交规〔2026〕3号", policies);
        attach("zhang.wei", policy, "公路养护工程管理办法（试行）.pdf", PDF, false);
        submit("zhang.wei", policy);
        approve("wang.qiang", policy, "同意报送。");
        approve("liu.yang", policy, "经政策法规处审核，同意发布。");
        approve("chen.jun", policy, "同意。");
        agreeAnnex5(policy);
        approve("sun.li", policy, "保密审查通过，准予发布。");

        long reading = acting.as("li.na", () -> articles.create(command(ArticleKind.INTERPRETATION,
                "《新疆维吾尔自治区公路养护工程管理办法（试行）》政策解读", "从制定背景、主要内容和实施要求三方面解读。", today, false,
                null, policy, readings, null)).id());
        submitAndPass("li.na", reading);
        publish("li.na", ArticleKind.POLICY, "新疆维吾尔自治区交通运输领域信用分级分类监管办法", "依据信用等级实施差异化监管。",
                today.minusDays(1), false, policies, "新交规〔2026〕4号");

        publish("li.na", ArticleKind.NEWS, "我区交通运输信用体系建设工作获交通运输部通报表扬", "信用评价覆盖道路运输、工程建设等领域。",
                today.minusDays(1), false, credit);
        publish("li.na", ArticleKind.NEWS, "2026年度公路建设市场信用评价结果公示", "公示期间如有异议可向政策法规处反映。", today, false,
                creditNews);

        long overload = draft("zhang.wei", ArticleKind.POLICY, "关于规范公路超限检测站管理工作的通知",
                "进一步规范超限检测站设置、检测程序和执法行为。", today, false, "新交办〔2026〕41号", policies);
        submit("zhang.wei", overload);
        approve("wang.qiang", overload, "同意报送，请政策法规处审核。");

        long procedure = draft("li.na", ArticleKind.POLICY, "新疆维吾尔自治区交通运输行政执法程序规定",
                "明确交通运输行政执法的管辖、调查取证、决定和执行程序。", today, false, "新交规〔2026〕5号", policies);
        submit("li.na", procedure);
        approve("zhao.min", procedure, "同意。");
        approve("chen.jun", procedure, "同意发布。");

        long construction = draft("zhang.wei", ArticleKind.NOTICE, "关于G7京新高速公路部分路段施工交通管制的公告",
                "施工期间实行半幅封闭、双向通行。", today, true, null, highway);
        submit("zhang.wei", construction);
        acting.run("wang.qiang", () -> engine.reject(waitingTask(construction),
                new RejectCommand("施工起止时间与交警部门公告不一致，请核实后再报。", null)));

        draft("zhang.wei", ArticleKind.NOTICE, "2026年第三季度全区公路养护质量检查情况通报", "通报检查发现的主要问题和整改要求。",
                today.minusDays(10), false, null, highway);

        long event = draft("zhang.wei", ArticleKind.NEWS, "公路事业发展中心开展冬季除雪保通应急演练", "演练检验了除雪机械调度和应急联动机制。",
                today, false, null, units);
        submit("zhang.wei", event);

        long safety = draft("ma.li", ArticleKind.NEWS, "交通运输厅开展“安全生产月”宣传咨询日活动", "现场发放宣传资料3000余份。",
                today, false, null, news);
        submit("ma.li", safety);

        long main = acting.as("sun.li", () -> sites.siteByCode("main").orElseThrow().id());
        long disclosure = column("main", "zwgk");
        acting.run("zhao.min", () -> columnChanges.request(new ColumnChangeCommand(main, ColumnChangeRequest.Type.CREATE, null,
                "行政规范性文件", "xzgfxwj", disclosure, "ZCFGC", ColumnKind.GOV_DISCLOSURE, UpdateClass.POLICY_NOTICE, null,
                "按照行政规范性文件统一公开要求，单独设立栏目集中公开现行有效的规范性文件。")));

        long topic = governance.topicColumns(today);
        publish("zhang.wei", ArticleKind.NEWS, "全区今年新改建农村公路5200公里", "“四好农村路”建设取得新进展，农村公路通达深度和服务水平持续提升。",
                today, false, column("main", "zt" + topic + "-1"));
        publish("zhang.wei", ArticleKind.NEWS, "伊犁州探索农村公路“路长制+网格化”管护模式", "县乡村三级路长全覆盖，群众参与农村公路管护的积极性明显提高。",
                today, false, column("main", "zt" + topic + "-2"));
        publish("zhang.wei", ArticleKind.NEWS, "哈密市推动农村公路与乡村旅游融合发展", "串联沿线景区和特色村落，带动农民增收。",
                today, false, column("main", "zt" + topic + "-2"));
        serviceGuides(today);
        governance.linkRegistrations();
        governance.registry(today);
        interaction.load();
        participation.load();
        signIns.load();
    }

    /**
     * A year of published work in every column, oldest first, each article drafted, reviewed (with its 三审三校 and
     * confidentiality records) and published on its own day; then a few submissions still waiting in the inboxes of
     * the unit heads and the leader who take them next.
     */
    private void yearOfWork(LocalDate today) {
        Map<String, Long> columns = new HashMap<>();
        Map<String, Long> byTitle = new HashMap<>();
        int pictures = 0;
        for (DemoArticles.Piece piece : DemoArticles.year(today)) {
            long column = columns.computeIfAbsent(piece.site() + "/" + piece.column(), k -> column(piece.site(), piece.column()));
            Long interprets = piece.interprets() == null ? null : byTitle.get(piece.interprets());
            int picture = piece.picture() ? pictures++ : -1;
            long id = SiteClock.backdated(Duration.ofDays(piece.daysAgo()), () -> {
                LocalDate day = today.minusDays(piece.daysAgo());
                long draft = acting.as(piece.editor(), () -> articles.create(command(piece, day, interprets, column)).id());
                if (picture >= 0) {
                    attach(piece.editor(), draft, piece.title() + ".png", DemoImages.landscape(picture % 4), true);
                }
                submitAndPass(piece.editor(), draft);
                return draft;
            });
            byTitle.put(piece.title(), id);
        }
        String[][] waiting = {{"huang.lei", "rsxx", "自治区交通运输厅2026年下半年公开招聘工作人员拟聘用人员公示"},
            {"cao.yang", "tjxx", today.minusMonths(1).getYear() + "年" + today.minusMonths(1).getMonthValue() + "月全区交通运输经济运行情况（审核稿）"}, {"xie.ting", "czxx", "2027年自治区交通运输厅部门预算编制说明"},
            {"gao.yuan", "aqsc", "关于开展岁末年初交通运输安全生产大检查的通知"}, {"liang.chen", "glcxfw", "元旦假期全区高速公路出行指南"}};
        for (String[] w : waiting) {
            ArticleKind kind = w[1].equals("tjxx") ? ArticleKind.STATISTICS : w[1].equals("glcxfw") ? ArticleKind.NEWS : ArticleKind.NOTICE;
            long id = draft(w[0], kind, w[2], "请审核。", today, false, null, column("main", w[1]));
            submitAndPass(w[0], id, w[0].equals("cao.yang") ? 1 : 0);
        }
        long news = draft("ma.li", ArticleKind.NEWS, "全区交通运输系统开展岁末年初安全生产集中宣传活动", "各地通过多种形式宣传安全出行知识。",
                today, false, null, column("main", "jtyw"));
        submitAndPass("ma.li", news, 2);
    }

    private static ArticleCommand command(DemoArticles.Piece piece, LocalDate day, Long interprets, long column) {
        String body = piece.paragraphs().stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        Validity validity = piece.kind() == ArticleKind.POLICY ? Validity.CURRENT : null;
        return new ArticleCommand(piece.kind(), piece.title(), null, piece.summary(), body, List.of(column), Origin.ORIGINAL, null,
                null, PublicationForm.WEBSITE, null, day, piece.important(), piece.documentNumber(), validity, interprets, List.of(), null,
                null, null, null);
    }

    /** 政务服务: complete service guides with their forms (Art. 11), in 办事指南, by 政策法规处 which owns the column. */
    private void serviceGuides(LocalDate today) {
        long guides = column("main", "bszn");
        for (DemoServiceGuides.Guide guide : DemoServiceGuides.ALL) {
            ArticleCommand draft = command(ArticleKind.SERVICE_GUIDE, guide.title(), guide.summary(), today.minusDays(3), false, null,
                    null, guides, null);
            long id = acting.as("li.na", () -> articles.create(withGuide(draft, guide.elements())).id());
            attach("li.na", id, guide.formName(), PDF, false);
            submitAndPass("li.na", id);
        }
        long forms = draft("li.na", ArticleKind.OTHER, "交通运输政务服务事项常用申请表格", "各政务服务事项申请表格汇总，可下载填写后到窗口提交或在线上传。",
                today.minusDays(3), false, null, column("main", "bgxz"));
        attach("li.na", forms, "交通运输政务服务事项申请表格汇总.pdf", PDF, false);
        submitAndPass("li.na", forms);
        publish("li.na", ArticleKind.OTHER, "自治区交通运输政务服务网上办事入口", "道路运输、公路路政等政务服务事项可通过自治区政务服务网在线申请、查询办理进度。",
                today.minusDays(3), false, column("main", "zxbl"));
    }

    private static ArticleCommand withGuide(ArticleCommand c, cn.tianshan.article.ServiceGuide guide) {
        return new ArticleCommand(c.kind(), c.title(), c.subtitle(), c.summary(), c.body(), c.columnIds(), c.origin(), c.sourceName(),
                c.sourceUrl(), c.publicationForm(), c.publicationFormOther(), c.infoDate(), c.important(), c.documentNumber(),
                c.validity(), c.interpretsArticleId(), c.attachmentIds(), c.coverAttachmentId(), c.scheduledAt(), c.baseRevision(), guide);
    }

    private void publish(String editor, ArticleKind kind, String title, String summary, LocalDate infoDate, boolean important,
                         long column) {
        publish(editor, kind, title, summary, infoDate, important, column, null);
    }

    private void publish(String editor, ArticleKind kind, String title, String summary, LocalDate infoDate, boolean important,
                         long column, String documentNumber) {
        submitAndPass(editor, draft(editor, kind, title, summary, infoDate, important, documentNumber, column));
    }

    /**
     * Submits the article and approves every step as the first person who may take it (never the submitter, never
     * twice the same person), giving the Annex 5 opinions when the article needs them before the step that asks.
     */
    private void submitAndPass(String editor, long id) {
        submitAndPass(editor, id, 8);
    }

    /** As {@link #submitAndPass(String, long)}, but taking only the first {@code steps} steps: the rest wait in their inboxes. */
    private void submitAndPass(String editor, long id, int steps) {
        submit(editor, id);
        boolean annex5 = acting.as("sun.li", () -> articles.facts(id).requiresAnnex5());
        Set<String> acted = new HashSet<>(Set.of(editor));
        for (int step = 0; step < 8; step++) {
            if (step == steps) {
                return;
            }
            Optional<TaskView> waiting = acting.as("sun.li", () -> engine.activeRun("article", id))
                    .flatMap(run -> run.tasks().stream().filter(t -> t.status() == TaskStatus.IN_PROGRESS).findFirst());
            if (waiting.isEmpty()) {
                return;
            }
            TaskView task = waiting.get();
            if (task.requiresConfidentiality() && annex5) {
                agreeAnnex5(id);
                annex5 = false;
            }
            String reviewer = task.candidates().stream().map(PersonRef::username).filter(u -> !acted.contains(u)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("nobody left for " + task.stepName()));
            acted.add(reviewer);
            approve(reviewer, id, task.requiresConfidentiality() ? "已审核校对，未发现涉密内容，同意发布。" : "同意。");
        }
        throw new IllegalStateException("article " + id + " did not finish its chain");
    }

    private long draft(String editor, ArticleKind kind, String title, String summary, LocalDate infoDate, boolean important,
                       String documentNumber, long column) {
        return acting.as(editor, () -> articles.create(command(kind, title, summary, infoDate, important, documentNumber, null,
                column, null)).id());
    }

    private void attach(String editor, long id, String name, byte[] bytes, boolean cover) {
        try {
            Path file = Files.createTempFile("tianshan-demo-", name.substring(name.lastIndexOf('.')));
            Files.write(file, bytes);
            acting.run(editor, () -> {
                long attachment = articles.attach(id, name, file, bytes.length).id();
                var c = articles.get(id).current();
                articles.update(id, new ArticleCommand(c.kind(), c.title(), c.subtitle(), c.summary(), c.body(), c.columnIds(),
                        c.origin(), c.sourceName(), c.sourceUrl(), c.publicationForm(), c.publicationFormOther(), c.infoDate(),
                        c.important(), c.documentNumber(), c.validity(), c.interpretsArticleId(), List.of(attachment),
                        cover ? attachment : null, null, c.number(), c.guide()));
            });
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void submit(String editor, long id) {
        acting.run(editor, () -> articles.submit(id, new SubmitCommand(articles.get(id).current().number())));
    }

    private void approve(String reviewer, long id, String opinion) {
        acting.run(reviewer, () -> engine.approve(waitingTask(id), new ApproveCommand(opinion, true, true, null)));
    }

    private void agreeAnnex5(long id) {
        long revision = acting.as("wu.hua", () -> articles.facts(id).revisionId());
        String leader = acting.as("sun.li", () -> organisation.leaderOf(articles.facts(id).unitCode()).orElseThrow().username());
        acting.run("wu.hua", () -> confidentiality.staffOpinion(new OpinionCommand(id, revision, Opinion.AGREE, "未发现涉密内容。")));
        acting.run(leader, () -> confidentiality.leaderOpinion(new OpinionCommand(id, revision, Opinion.AGREE, null)));
    }

    private long waitingTask(long articleId) {
        return engine.activeRun("article", articleId).orElseThrow().tasks().stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).map(TaskView::id).findFirst().orElseThrow();
    }

    private static ArticleCommand command(ArticleKind kind, String title, String summary, LocalDate infoDate, boolean important,
                                          String documentNumber, Long interprets, long column, Integer base) {
        String body = "<p>" + summary + "</p><p>" + title + "。各有关单位要高度重视，加强组织领导，明确责任分工，确保各项工作落到实处。</p>";
        return new ArticleCommand(kind, title, null, summary, body, List.of(column), Origin.ORIGINAL, null, null,
                PublicationForm.WEBSITE, null, infoDate, important, documentNumber, null, interprets, List.of(), null, null, base, null);
    }

    private long column(String site, String code) {
        return acting.as("sun.li", () -> {
            long siteId = sites.siteByCode(site).orElseThrow().id();
            return sites.tree(siteId, false).stream().flatMap(DemoData::flatten).filter(n -> n.code().equals(code))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no column " + code)).id();
        });
    }

    private static Stream<ColumnNode> flatten(ColumnNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(DemoData::flatten));
    }
}
