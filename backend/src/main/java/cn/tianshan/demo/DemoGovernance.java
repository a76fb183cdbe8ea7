package cn.tianshan.demo;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkRegistrationExpiry;
import cn.tianshan.link.LinkRegistrations;
import cn.tianshan.link.LinkViews.RegistrationCommand;
import cn.tianshan.link.LinkViews.RevocationCommand;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import cn.tianshan.registry.RegistryViews.EntryCommand;
import cn.tianshan.registry.RegistryViews.FilingCommand;
import cn.tianshan.registry.RegistryViews.PlaceView;
import cn.tianshan.registry.SiteManagers;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.review.TaskStatus;
import cn.tianshan.site.UpdateClass;
import cn.tianshan.topic.TopicColumnApplications;
import cn.tianshan.topic.TopicViews.ApplicationCommand;
import cn.tianshan.topic.TopicViews.InnerColumnCommand;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop window of Arts. 5, 8 and 9: topic-column applications (one open, one waiting for the technical
 * department), link registrations in every state, and a manager registry filled for every unit but one place.
 */
@ApplicationScoped
class DemoGovernance {

    /** Units that file electronically in the demo: their information officer files, their head signs. */
    private static final Map<String, String[]> ONLINE = Map.of(
            "GLFZZX", new String[] {"zhang.wei", "wang.qiang"},
            "ZCFGC", new String[] {"li.na", "zhao.min"},
            "XJZX", new String[] {"ma.li", "xu.gang"});
    /** The liaison each other unit named on its paper Annex 1, entered by the technical department. */
    private static final Map<String, String[]> ON_PAPER = new LinkedHashMap<>();

    static {
        ON_PAPER.put("BGS", new String[] {"刘静", "0991-2810410", "13899100410"});
        ON_PAPER.put("ZHGHC", new String[] {"陈思远", "0991-2810810", "13899100810"});
        ON_PAPER.put("AQJDC", new String[] {"郑浩", "0991-2810601", "13899100601"});
        ON_PAPER.put("CWC", new String[] {"王慧", "0991-2810910", "13899100910"});
        ON_PAPER.put("JCDJC", new String[] {"艾力·买买提", "0991-2811010", "13899101010"});
        ON_PAPER.put("KJXXC", new String[] {"钱静", "0991-2810701", "13899100701"});
        ON_PAPER.put("RSC", new String[] {"古丽娜尔", "0991-2811110", "13899101110"});
        ON_PAPER.put("LWZX", new String[] {"赵宏", "0991-2811210", "13899101210"});
        ON_PAPER.put("TXXXZX", new String[] {"周涛", "0991-2810501", "13899100501"});
        ON_PAPER.put("ZHZFJ", new String[] {"马建新", "0991-2811310", "13899101310"});
        ON_PAPER.put("JSGLJ", new String[] {"孙明", "0991-2811410", "13899101410"});
    }

    private final ActingAs acting;
    private final TopicColumnApplications topics;
    private final LinkRegistrations links;
    private final LinkRegistrationExpiry expiry;
    private final SiteManagers registry;
    private final ReviewEngine engine;
    private final EntityManager em;
    private final People people;
    private final Clock clock;

    DemoGovernance(ActingAs acting, TopicColumnApplications topics, LinkRegistrations links, LinkRegistrationExpiry expiry,
                   SiteManagers registry, ReviewEngine engine, EntityManager em, People people, Clock clock) {
        this.people = people;
        this.acting = acting;
        this.topics = topics;
        this.links = links;
        this.expiry = expiry;
        this.registry = registry;
        this.engine = engine;
        this.em = em;
        this.clock = clock;
    }

    /** Opens the approved topic column (code zt{id}, inner columns zt{id}-1 …) and returns the application's id. */
    long topicColumns(LocalDate today) {
        long opened = acting.as("zhang.wei", () -> topics.apply(new ApplicationCommand("“四好农村路”高质量发展", null,
                List.of(new InnerColumnCommand("工作动态", UpdateClass.DYNAMIC, null), new InnerColumnCommand("典型经验", UpdateClass.REGULAR, null)),
                "落实交通运输部“四好农村路”高质量发展部署，集中展示全区农村公路建设、管理、养护、运营工作进展和典型经验。",
                today, today.plusMonths(12), "张伟", "0991-2810101", "13899100101")).application().id());
        approve(TopicColumnApplications.SUBJECT, opened, "wang.qiang", "同意开设，由本单位信息员负责更新。");
        approve(TopicColumnApplications.SUBJECT, opened, "zhou.tao", "技术上可行，栏目模板已准备。");
        approve(TopicColumnApplications.SUBJECT, opened, "sun.li", "同意开设。请确保专题内容及时更新。");

        long waiting = acting.as("li.na", () -> topics.apply(new ApplicationCommand("法治政府建设", null,
                List.of(new InnerColumnCommand("法治动态", UpdateClass.DYNAMIC, null), new InnerColumnCommand("年度报告", UpdateClass.REGULAR, null)),
                "集中公开法治政府建设年度报告、执法监督和普法工作情况。", today.plusDays(7), today.plusYears(1), "李娜", "0991-2810201",
                "13899100201")).application().id());
        approve(TopicColumnApplications.SUBJECT, waiting, "zhao.min", "同意申请。");
        return opened;
    }

    void linkRegistrations() {
        long approved = register("li.na", "中国道路运输协会", "https://www.crta.org.cn/", "全国道路运输行业协会网站，提供行业标准和从业人员信息。", null);
        approve(LinkRegistrations.SUBJECT, approved, "zhao.min", "同意。");
        approve(LinkRegistrations.SUBJECT, approved, "sun.li", "同意链接。");

        register("ma.li", "新疆交通广播", "https://www.xjjtgb.com/", "自治区交通广播官方网站，提供实时路况广播。", null);

        long rejected = register("zhang.wei", "路路通出行小程序", "https://trip.lulutong-app.cn/", "第三方出行服务小程序，提供路况和加油站查询。", null);
        approve(LinkRegistrations.SUBJECT, rejected, "wang.qiang", "同意报送。");
        acting.run("sun.li", () -> engine.reject(waitingTask(LinkRegistrations.SUBJECT, rejected),
                new RejectCommand("商业出行平台不宜在政府网站链接，请改用交通运输部“出行云”等政府服务入口。", null)));

        long revoked = register("zhang.wei", "高速公路ETC服务网点查询", "https://etc.xjgs-service.cn/", "ETC 办理网点查询服务。", null);
        approve(LinkRegistrations.SUBJECT, revoked, "wang.qiang", "同意。");
        approve(LinkRegistrations.SUBJECT, revoked, "sun.li", "同意链接。");
        acting.run("sun.li", () -> links.revoke(revoked, new RevocationCommand("服务已并入自治区政务服务网，原地址停止运营。")));

        LocalDate today = Timestamps.now(clock).toLocalDate();
        long lapsing = register("li.na", "2026年交通运输安全宣传月活动平台", "https://aqy2026.jtaq-xuanchuan.cn/", "安全宣传月活动报名和作品展示平台。",
                today.plusDays(30));
        approve(LinkRegistrations.SUBJECT, lapsing, "zhao.min", "同意。");
        approve(LinkRegistrations.SUBJECT, lapsing, "sun.li", "同意，活动结束后到期。");
        // The activity ended: this registration was granted until the end of last month. The real expiry job lapses it.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE link_registration SET expires_on = ?1 WHERE id = ?2")
                .setParameter(1, today.withDayOfMonth(1).minusDays(1)).setParameter(2, lapsing).executeUpdate());
        expiry.reviewAll(Timestamps.now(clock));
    }

    /** Every unit's places filled in, but the leader mailbox of 交通建设管理局: the one gap the technical department chases. */
    void registry(LocalDate today) {
        List<PlaceView> places = acting.as("zhou.tao", () -> registry.places(null, today));
        for (Map.Entry<String, String[]> unit : ONLINE.entrySet()) {
            List<EntryCommand> entries = places.stream().filter(p -> p.unitCode().equals(unit.getKey()))
                    .map(p -> new EntryCommand(p.subjectKey(), unit.getValue()[0], null, null, null, null)).toList();
            long filing = acting.as(unit.getValue()[0], () -> registry.file(new FilingCommand(today.withDayOfYear(1), entries, null, null))
                    .filing().id());
            approve(SiteManagers.SUBJECT, filing, unit.getValue()[1], "情况属实，同意备案。");
        }
        for (Map.Entry<String, String[]> unit : ON_PAPER.entrySet()) {
            String[] who = unit.getValue();
            List<EntryCommand> entries = new ArrayList<>();
            places.stream().filter(p -> p.unitCode().equals(unit.getKey()))
                    .filter(p -> !(unit.getKey().equals("JSGLJ") && p.subjectKey().equals("mailbox")))
                    .forEach(p -> entries.add(new EntryCommand(p.subjectKey(), null, who[0], who[1], who[2], null)));
            if (!entries.isEmpty()) {
                acting.run("zhou.tao", () -> registry.file(new FilingCommand(today.withDayOfYear(1), entries, unit.getKey(), true)));
            }
        }
    }

    /** Registered by {@code who}, who is also its contact (name and phones from the directory). */
    private long register(String who, String name, String url, String introduction, LocalDate expiresOn) {
        Person contact = people.find(who).orElseThrow();
        return acting.as(who, () -> links.register(new RegistrationCommand(name, url, introduction, contact.name(),
                contact.officePhone(), contact.mobile(), expiresOn)).registration().id());
    }

    private void approve(String subjectType, long id, String reviewer, String opinion) {
        acting.run(reviewer, () -> engine.approve(waitingTask(subjectType, id), new ApproveCommand(opinion, null, null, null)));
    }

    private long waitingTask(String subjectType, long id) {
        return acting.as("sun.li", () -> engine.activeRun(subjectType, id)).orElseThrow().tasks().stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).map(TaskView::id).findFirst().orElseThrow();
    }
}
