package cn.tianshan.demo;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineWatch;
import cn.tianshan.disclosure.DisclosureEnums.ApplicantType;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryForm;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryMethod;
import cn.tianshan.disclosure.DisclosureEnums.ReplyType;
import cn.tianshan.disclosure.DisclosureGuide;
import cn.tianshan.disclosure.DisclosureHandling;
import cn.tianshan.disclosure.DisclosureIntake;
import cn.tianshan.disclosure.DisclosureQueries;
import cn.tianshan.disclosure.DisclosureViews.DeliveryCommand;
import cn.tianshan.disclosure.DisclosureViews.DisclosureApplication;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionDecision;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionRequest;
import cn.tianshan.disclosure.DisclosureViews.GuideDraft;
import cn.tianshan.disclosure.DisclosureViews.NoteCommand;
import cn.tianshan.disclosure.DisclosureViews.RegisterCommand;
import cn.tianshan.disclosure.DisclosureViews.ReplyCommand;
import cn.tianshan.mailbox.LetterKind;
import cn.tianshan.mailbox.MailboxHandling;
import cn.tianshan.mailbox.MailboxIntake;
import cn.tianshan.mailbox.MailboxQueries;
import cn.tianshan.mailbox.MailboxViews.ClarificationRequest;
import cn.tianshan.mailbox.MailboxViews.DispatchCommand;
import cn.tianshan.mailbox.MailboxViews.ExtensionRequest;
import cn.tianshan.mailbox.MailboxViews.LetterDetail;
import cn.tianshan.mailbox.MailboxViews.LetterSubmission;
import cn.tianshan.mailbox.MailboxViews.Publication;
import cn.tianshan.mailbox.MailboxViews.RatingCommand;
import cn.tianshan.mailbox.MailboxViews.ReplyDraft;
import cn.tianshan.mailbox.MailboxViews.ScreeningDecision;
import cn.tianshan.mailbox.Rating;
import cn.tianshan.notification.MailSender;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.review.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The public's side of the shop window (Arts. 10, 13): letters and disclosure requests in every state, some on time,
 * some overdue and escalated, answered letters published with personal data masked, and the reminder e-mails sent.
 * Old cases are entered as arriving by post on their day, so their clocks are as real as any.
 */
@ApplicationScoped
class DemoInteraction {

    static final String DEMO_PASSWORD = "demo-letter-1";

    private final ActingAs acting;
    private final MailboxIntake mailbox;
    private final MailboxHandling handling;
    private final MailboxQueries letters;
    private final DisclosureIntake disclosure;
    private final DisclosureHandling requests;
    private final DisclosureQueries requestQueries;
    private final DisclosureGuide guide;
    private final ReviewEngine engine;
    private final DeadlineWatch watch;
    private final MailSender mail;
    private final Clock clock;

    DemoInteraction(ActingAs acting, MailboxIntake mailbox, MailboxHandling handling, MailboxQueries letters,
                    DisclosureIntake disclosure, DisclosureHandling requests, DisclosureQueries requestQueries, DisclosureGuide guide, ReviewEngine engine,
                    DeadlineWatch watch, MailSender mail, Clock clock) {
        this.acting = acting;
        this.mailbox = mailbox;
        this.handling = handling;
        this.letters = letters;
        this.disclosure = disclosure;
        this.requests = requests;
        this.requestQueries = requestQueries;
        this.guide = guide;
        this.engine = engine;
        this.watch = watch;
        this.mail = mail;
        this.clock = clock;
    }

    void load() {
        letters();
        disclosureRequests();
        disclosureGuide();
        watch.watch(Timestamps.now(clock));
        mail.sendPending(500);
    }

    /** The disclosure guide as first published, and its revision when the office hours changed. */
    private void disclosureGuide() {
        String categories = "本厅主动公开的政府信息分为：机构职能、政策文件（规范性文件、政策解读）、规划计划、财政资金（预决算）、"
                + "重点领域信息（公路建设、道路运输、交通安全）、人事信息、统计信息、建议提案办理。各类信息列于“政府信息公开目录”，"
                + "可按类别、发布单位和年份查找。";
        String howTo = "一、在线申请：在本网站“依申请公开”填写申请表并提交，记下查询码。\n二、信函申请：在信封左下角注明“政府信息公开申请”，"
                + "寄至受理机构。\n三、当面申请：工作时间到受理机构填写申请表。\n收到申请后，我厅在 20 个工作日内答复；需要延长的，"
                + "经负责人同意并告知申请人，延长期限最长不超过 20 个工作日。申请内容不明确的，在 7 个工作日内一次性告知补正。";
        int base = acting.as("sun.li", () -> guide.history().stream().mapToInt(r -> r.revision()).max().orElse(0));
        acting.run("sun.li", () -> guide.save(new GuideDraft(categories, howTo, "乌鲁木齐市天山区交通路 1 号 交通运输厅办公室（政务公开科）",
                "工作日 9:30—13:30，16:00—19:30", "0991-2810400", "0991-2810499", "本网站“依申请公开”；电子邮箱 gk@jtyst.example.gov.cn",
                "首次发布"), base));
        acting.run("sun.li", () -> guide.save(new GuideDraft(categories, howTo, "乌鲁木齐市天山区交通路 1 号 交通运输厅办公室（政务公开科）",
                "工作日 10:00—13:30，15:30—19:30（夏季作息）", "0991-2810400", "0991-2810499",
                "本网站“依申请公开”；电子邮箱 gk@jtyst.example.gov.cn", "按夏季作息调整办公时间"), base + 1));
    }

    private void letters() {
        LocalDateTime now = Timestamps.now(clock);
        // answered, rated and published: what the public listing and the statistics show (one of them answered late)
        long a1 = answered(LetterKind.CONSULTATION, "冬季高速公路除雪保通情况咨询", "我是昌吉市民李强，手机13899887766。请问今年冬季乌奎高速除雪保通有哪些措施？下雪天能否正常通行？",
                "李强", "13899887766", now.minusDays(4), "AQJDC", "您好！冬季期间，我区已在乌奎高速沿线布设除雪保通站点 12 个，储备融雪剂 3000 吨。遇降雪时实行“以雪为令、雪停路通”，必要时临时交通管制，请关注“新疆交通广播”和本网站发布的路况信息。");
        rate(a1, Rating.SATISFIED);
        publish(a1);
        long a2 = answered(LetterKind.SUGGESTION, "建议在国道216线增设观景停车区", "国道216线巴伦台至库尔勒段风景优美，但沿途缺少停车区，游客随意停车很危险，建议增设观景停车区。我的电话 0996-2201188。",
                "王芳", "0996-2201188", now.minusDays(3), "GLFZZX", "感谢您的建议。我中心已将国道216线巴伦台至库尔勒段观景停车区建设纳入 2027 年公路服务设施提升计划，预计设置 3 处，届时将同步完善安全设施和标志标线。");
        rate(a2, Rating.SATISFIED);
        publish(a2);
        long a3 = answered(LetterKind.COMPLAINT, "农村公路养护不及时", "我村通村公路坑槽很多，反映多次没有修复，车牌新B·6K321的客车都不愿意进村了。",
                "阿不都", "13999112233", now.minusDays(12), "GLFZZX", "您好！经核实，该路段由县公路管理站负责养护，我中心已督促其于 10 日内完成坑槽修补，并纳入日常巡查重点路段。");
        publish(a3);
        long reopened = answered(LetterKind.COMPLAINT, "客运站退票手续费过高", "在乌鲁木齐碾子沟客运站退票被收取 20% 手续费，是否合理？",
                "刘洋洋", "13677889900", now.minusDays(2), "AQJDC", "您好！按照道路旅客运输有关规定，发车前 2 小时以上退票收取不超过票价 5% 的退票费。我处已约谈该客运站并责令改正。");
        rate(reopened, Rating.UNSATISFIED);

        // on the way: dispatched on time, in approval, waiting for the writer, an extension waiting for the site office
        long onTime = received(LetterKind.PROBLEM, "国道314线路面结冰未撒融雪剂", "国道314线托克逊段今早路面结冰，未见撒布融雪剂，存在安全隐患。", "马军", "13565432109", now.minusHours(20));
        dispatch(onTime, "GLFZZX");
        long inApproval = received(LetterKind.CONSULTATION, "网约车驾驶员资格证办理流程", "请问在乌鲁木齐办理网约车驾驶员从业资格证需要哪些材料？", "张敏", "15899001122", now.minusDays(3));
        dispatch(inApproval, "AQJDC");
        acting.run("zheng.hao", () -> handling.submitReply(inApproval, new ReplyDraft(
                "您好！申请网约车驾驶员从业资格证需提交身份证、驾驶证、无犯罪记录证明等材料，可登录自治区道路运输政务服务平台在线办理。")));
        long waiting = received(LetterKind.PROBLEM, "高速服务区收费不合理", "某服务区停车收费，是否合规？", "赵磊", "18699112200", now.minusDays(4));
        dispatch(waiting, "GLFZZX");
        acting.run("tang.jie", () -> handling.requestClarification(waiting, new ClarificationRequest("请说明具体是哪条高速、哪个服务区，以及收费的时间和金额。")));
        long extension = received(LetterKind.SUGGESTION, "建议开通喀什至塔县城际客运班线", "希望开通喀什至塔什库尔干县的城际客运班线，方便群众出行。", "热依拉", "13709981234", now.minusDays(5));
        dispatch(extension, "AQJDC");
        acting.run("zheng.hao", () -> handling.requestExtension(extension, new ExtensionRequest(3, "需征求喀什地区交通运输局和客运企业意见")));

        // overdue, climbing the ladder
        long overdue = received(LetterKind.COMPLAINT, "货车超限检测站执法不规范", "某超限检测站执法人员态度粗暴，检测结果不出示。", "孙建", "13899776655", now.minusDays(11));
        dispatch(overdue, "AQJDC");
        long longOverdue = received(LetterKind.PROBLEM, "公交站台损坏无人维修", "乌鲁木齐某公交站台顶棚破损三个月无人维修。", "周丽", "13911223344", now.minusDays(16));
        dispatch(longOverdue, "GLFZZX");

        // at the technical department: to dispatch, to screen, refused
        received(LetterKind.CONSULTATION, "驾驶员继续教育在哪里报名", "请问营运驾驶员继续教育在哪里报名？有没有线上课程？", "古丽", "13999887700", now.minusHours(3));
        received(LetterKind.PROBLEM, "代开发票", "长期代开各类发票，价格优惠，联系微信。", "无名", "13000000000", now.minusHours(2));
        long refused = received(LetterKind.PROBLEM, "优惠办证", "专业办证、代开发票，当天取件，价格优惠，请加微信。", "无名", "13000000001", now.minusDays(1));
        acting.run("zhou.tao", () -> handling.screen(refused, new ScreeningDecision(false, "广告信息，与交通运输工作无关")));
    }

    private void disclosureRequests() {
        LocalDateTime now = Timestamps.now(clock);
        apply("申请公开 2026 年自治区农村公路建设计划及资金安排", "陈晓", now.minusHours(5));
        long correction = apply("要求公开交通方面的文件", "吴刚", now.minusDays(2));
        acting.run("sun.li", () -> requests.requestCorrection(correction, new NoteCommand("请说明所需文件的名称、文号或者年份、内容范围等特征，以便查找。")));
        long handlingRequest = apply("申请公开 G30 连霍高速小草湖至乌鲁木齐段改扩建工程的环境影响评价批复", "新疆绿洲环保协会", now.minusDays(6));
        register(handlingRequest, "GLFZZX");
        long thirdParty = apply("申请公开乌鲁木齐至昌吉城际公交特许经营协议", "马丽娜", now.minusDays(10));
        register(thirdParty, "AQJDC");
        acting.run("sun.li", () -> requests.startThirdParty(thirdParty, new NoteCommand("协议涉及运营企业商业信息，征求新疆某公交集团意见")));
        long extended = apply("申请公开 2025 年度全区道路运输行政处罚案件统计", "李文", now.minusDays(25));
        register(extended, "ZHZFJ");
        acting.run("sun.li", () -> requests.requestExtension(extended, new DisclosureExtensionRequest(15, "需从 14 个地州汇总统计数据")));
        long approvedExtension = apply("申请公开自治区交通运输厅 2025 年部门决算", "杨光", now.minusDays(28));
        register(approvedExtension, "CWC");
        acting.run("sun.li", () -> requests.requestExtension(approvedExtension, new DisclosureExtensionRequest(10, "决算数据须经财政部门审定")));
        acting.run("chen.jun", () -> requests.decideExtension(approvedExtension, new DisclosureExtensionDecision(true, "同意延期")));
        long overdue = apply("申请公开某县客运站搬迁的审批文件", "艾克拜尔", now.minusDays(40));
        register(overdue, "AQJDC");
        long replied = apply("申请公开 2026 年全区高速公路收费站名录", "张华", now.minusDays(15));
        register(replied, "GLFZZX");
        acting.run("sun.li", () -> requests.reply(replied, new ReplyCommand(ReplyType.ALREADY_PUBLIC, null,
                "您申请的信息已在本网站“政府信息公开—公路建设养护”栏目主动公开，可登录查询。")));
        long archived = apply("申请公开 2025 年全区交通运输统计公报", "刘伟", now.minusDays(35));
        register(archived, "ZHGHC");
        acting.run("sun.li", () -> requests.reply(archived, new ReplyCommand(ReplyType.DISCLOSED, null, "予以公开，统计公报全文随本答复书送达。")));
        acting.run("sun.li", () -> requests.deliver(archived, new DeliveryCommand("以电子邮件送达申请人", now.toLocalDate())));
        long withheld = apply("申请公开厅机关工作人员个人考核结果", "王某", now.minusDays(20));
        register(withheld, "RSC");
        acting.run("sun.li", () -> requests.reply(withheld, new ReplyCommand(ReplyType.WITHHELD,
                "《中华人民共和国政府信息公开条例》第十五条（涉及个人隐私）", "所申请信息涉及个人隐私，公开后可能对第三方合法权益造成损害，不予公开。")));
    }

    // --- letters ---

    private long received(LetterKind kind, String subject, String content, String name, String phone, LocalDateTime at) {
        String code = mailbox.registerReceived(new LetterSubmission(kind, subject, content, name, phone, null, true, DEMO_PASSWORD,
                null, null), at).trackingCode();
        return acting.as("zhou.tao", () -> letters.list(null, null, null, 0, 50).letters().stream()
                .filter(l -> l.trackingCode().equals(code)).findFirst().orElseThrow().id());
    }

    private void dispatch(long id, String unit) {
        acting.run("zhou.tao", () -> handling.dispatch(id, new DispatchCommand(unit, null)));
    }

    private long answered(LetterKind kind, String subject, String content, String name, String phone, LocalDateTime at, String unit,
                          String reply) {
        long id = received(kind, subject, content, name, phone, at);
        dispatch(id, unit);
        String handler = unit.equals("GLFZZX") ? "tang.jie" : "zheng.hao";
        String head = unit.equals("GLFZZX") ? "wang.qiang" : "song.yu";
        acting.run(handler, () -> handling.submitReply(id, new ReplyDraft(reply)));
        long task = acting.as("sun.li", () -> engine.activeRun("mailbox-reply", id)).orElseThrow().tasks().stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).map(TaskView::id).findFirst().orElseThrow();
        acting.run(head, () -> engine.approve(task, new ApproveCommand("同意答复。", null, null, null)));
        return id;
    }

    private void rate(long id, Rating rating) {
        String code = acting.as("zhou.tao", () -> letters.detail(id).trackingCode());
        mailbox.rate(new RatingCommand(code, DEMO_PASSWORD, rating, rating == Rating.UNSATISFIED ? "只说约谈，没有说退还多收的费用。" : null),
                "127.0.0.1");
    }

    private void publish(long id) {
        String handler = acting.as("zhou.tao", () -> letters.detail(id).unitCode()).equals("GLFZZX") ? "tang.jie" : "zheng.hao";
        acting.run(handler, () -> {
            LetterDetail d = letters.detail(id);
            handling.publish(id, new Publication(d.publicationDraft().subject(), d.publicationDraft().content(),
                    d.publicationDraft().reply(), true));
        });
    }

    // --- disclosure requests ---

    private long apply(String description, String applicant, LocalDateTime at) {
        boolean organisation = applicant.endsWith("协会");
        String code = disclosure.registerReceived(new DisclosureApplication(organisation ? ApplicantType.ORGANISATION : ApplicantType.CITIZEN,
                applicant, organisation ? "统一社会信用代码" : "居民身份证", organisation ? "51650000MJ0000000X" : "650102198501011234",
                organisation ? "联系人" : null, "13899001234", null, "乌鲁木齐市天山区", "830000", description, null,
                DeliveryForm.ELECTRONIC, DeliveryMethod.EMAIL, DEMO_PASSWORD, null), at).trackingCode();
        return acting.as("sun.li", () -> requestQueries.list(null, null, 0, 50).requests().stream()
                .filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id());
    }

    private void register(long id, String unit) {
        acting.run("sun.li", () -> requests.register(id, new RegisterCommand(unit, null)));
    }
}
