package cn.tianshan.demo;

import cn.tianshan.article.ArticleKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A year of the department's published work for the demo site: every main-site column and the credit topic
 * site, each at the pace its update class asks for, written the way a provincial transport department writes.
 * The texts are put together from the department's own vocabulary (prefectures, roads, programmes), so three
 * hundred articles read as three hundred different ones without a word of filler.
 */
final class DemoArticles {

    /** One article to publish: where, by whom, what, and how many days ago. */
    record Piece(String site, String column, String editor, ArticleKind kind, String title, String summary, List<String> paragraphs,
                 int daysAgo, String documentNumber, boolean important, boolean picture, String interprets) {

        Piece(String site, String column, String editor, ArticleKind kind, String title, String summary, List<String> paragraphs,
              int daysAgo, String documentNumber, boolean important, boolean picture) {
            this(site, column, editor, kind, title, summary, paragraphs, daysAgo, documentNumber, important, picture, null);
        }
    }

    private static final String[] PLACES = {"乌鲁木齐市", "昌吉回族自治州", "伊犁哈萨克自治州", "塔城地区", "阿勒泰地区", "博尔塔拉蒙古自治州",
        "克拉玛依市", "吐鲁番市", "哈密市", "巴音郭楞蒙古自治州", "阿克苏地区", "克孜勒苏柯尔克孜自治州", "喀什地区", "和田地区"};
    private static final String[] ROADS = {"G30连霍高速公路", "G7京新高速公路", "G3012吐和高速公路", "G216线", "G217线", "G314线",
        "G315线", "S21阿乌高速公路", "G577线", "G219线", "S11乌尉高速公路", "G3033奎塔高速公路"};

    private DemoArticles() {
    }

    /** Oldest first, so that ids follow the dates as they would on a real site. */
    static List<Piece> year(LocalDate today) {
        List<Piece> all = new ArrayList<>();
        news(all);
        notices(all);
        pictures(all);
        unitNews(all);
        policies(all);
        disclosure(all, today);
        travel(all);
        credit(all);
        List<Piece> dated = new ArrayList<>();
        for (Piece p : all) {
            dated.add(onWorkingDay(p, today));
        }
        dated.sort(Comparator.comparingInt(Piece::daysAgo).reversed());
        return dated;
    }

    /** Departments publish on working days: a date that falls on a weekend moves to the Friday before. */
    private static Piece onWorkingDay(Piece p, LocalDate today) {
        LocalDate day = today.minusDays(p.daysAgo());
        int back = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 2 : 0;
        return back == 0 ? p : new Piece(p.site(), p.column(), p.editor(), p.kind(), p.title(), p.summary(), p.paragraphs(),
                p.daysAgo() + back, p.documentNumber(), p.important(), p.picture(), p.interprets());
    }

    /** The i-th of n articles spread over the year, the newest {@code newest} days ago. */
    private static int spread(int i, int n, int newest) {
        return newest + (int) Math.round((double) i * (360 - newest) / Math.max(1, n));
    }

    private static void news(List<Piece> all) {
        String[][] topics = {
            {"全区交通运输系统安全生产工作会议召开", "会议通报了近期安全生产形势，部署重点时段安全防范工作。"},
            {"自治区交通运输厅召开“四好农村路”建设推进会", "会议要求持续推进农村公路提档升级和管养体制改革。"},
            {"全区公路建设项目质量安全督导检查启动", "督导组将对在建高速公路和国省干线项目开展全覆盖检查。"},
            {"交通运输厅与自治区气象局签署合作协议", "双方将在恶劣天气预警和路网运行保障方面深化合作。"},
            {"全区道路运输行业开展春运安全大检查", "重点检查客运站、客运企业和营运车辆的安全管理情况。"},
            {"我区交通运输固定资产投资保持较快增长", "前三季度完成公路水路固定资产投资同比增长。"},
            {"交通运输厅党组理论学习中心组开展专题学习", "围绕加快建设交通强国开展交流研讨。"},
            {"全区冬季公路除雪保通工作全面展开", "各级公路管理机构落实除雪机械和应急物资，保障主干线畅通。"},
            {"自治区交通运输厅召开优化营商环境工作推进会", "推动道路运输政务服务事项“一网通办”。"},
            {"全区交通运输行业职业技能大赛圆满落幕", "大赛设置汽车维修、桥隧工等多个竞赛项目。"},
            {"交通运输厅调研指导南疆交通基础设施建设", "调研组深入施工一线，协调解决项目推进中的困难和问题。"},
            {"全区城市公交新能源车辆占比持续提高", "各地加快推广新能源公交车，绿色出行水平进一步提升。"},
            {"交通运输厅部署暑期旅游旺季运输保障工作", "加强旅游包车、客运班线安全监管，做好重点景区运输组织。"},
            {"全区农村客运“村村通”成果持续巩固", "具备条件的建制村通客车率保持百分之百。"},
            {"交通运输厅开展“交通运输服务企业”专项行动", "收集企业诉求并逐项研究解决。"},
            {"全区公路路况技术状况评定工作完成", "国省干线公路优良路率较上年有所提高。"},
        };
        int n = 60;
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            String[] t = topics[i % topics.length];
            String title = i < topics.length ? t[0] : place + t[0].replace("全区", "").replace("交通运输厅", "交通运输局");
            all.add(new Piece("main", "jtyw", "ma.li", ArticleKind.NEWS, title, t[1],
                    body(t[1], "各地交通运输部门结合实际细化任务措施，" + place + "等地已先行部署。",
                            "下一步，自治区交通运输厅将加强跟踪调度，及时总结推广好的经验做法，确保各项工作取得实效。"),
                    spread(i, n, 1), null, i % 7 == 0, false));
        }
    }

    private static void notices(List<Piece> all) {
        String[] subjects = {"关于开展全区交通运输行业安全生产隐患排查整治的通知", "关于做好冬季道路运输安全工作的通知",
            "关于公布自治区交通运输厅权责清单的公告", "关于组织开展交通运输行业统计培训的通知", "关于印发年度政务公开工作要点的通知",
            "关于做好清明节期间道路运输保障工作的通知", "关于开展道路运输企业安全生产标准化建设评估的通知", "关于进一步加强公路桥梁养护管理的通知",
            "关于做好“五一”假期交通运输服务保障工作的通知", "关于开展交通运输执法领域突出问题专项整治的通知", "关于做好汛期公路安全保畅工作的通知",
            "关于开展全区公路建设市场督查的通知", "关于做好国庆期间交通运输保障工作的通知", "关于征集交通运输科技项目的通知",
            "关于调整部分高速公路收费站通行管理措施的公告", "关于开展交通运输行业网络安全检查的通知", "关于做好年度统计报表报送工作的通知",
            "关于发布全区冬季公路养护作业计划的通知", "关于开展交通运输领域消防安全检查的通知", "关于公布年度重点工程建设项目的公告",
            "关于加强农村公路养护资金管理的通知", "关于开展交通运输行业文明单位创建的通知"};
        for (int i = 0; i < subjects.length; i++) {
            String s = subjects[i];
            String summary = "请各单位按照通知要求，结合实际认真组织实施，并按时报送工作情况。";
            all.add(new Piece("main", "tzgg", "ma.li", ArticleKind.NOTICE, s, summary,
                    body("各地（州、市）交通运输局，厅属各单位：", s.replace("关于", "为").replace("的通知", "，现将有关事项通知如下。")
                            .replace("的公告", "，现予公告。"),
                            "一、提高思想认识。各单位要把此项工作摆上重要议事日程，主要负责同志亲自抓，分管负责同志具体抓。",
                            "二、压实工作责任。明确责任部门和责任人，建立工作台账，逐项落实到位。",
                            "三、按时报送情况。请于规定时间前将工作开展情况报送厅相关处室。"),
                    spread(i, subjects.length, 3), null, false, false));
        }
    }

    private static void pictures(List<Piece> all) {
        String[] scenes = {"天山公路独库段全线贯通迎来通车季", "乌尉高速公路天山胜利隧道贯通", "和田地区农村公路通村入户",
            "除雪机械昼夜奋战保障G30线畅通", "帕米尔高原上的公路养护人", "塔克拉玛干沙漠公路防护林郁郁葱葱",
            "伊犁河大桥建设现场", "阿勒泰冬季旅游公路通行有序", "哈密至罗布泊公路沿线风光", "和田地区新建农村客运站投入使用",
            "克拉玛依城市公交换上新能源车", "喀什古城周边公路完成改造"};
        for (int i = 0; i < scenes.length; i++) {
            all.add(new Piece("main", "tpxw", "ma.li", ArticleKind.NEWS, scenes[i], scenes[i] + "。（宣传教育中心 供图）",
                    body(scenes[i] + "。", "图为" + PLACES[(i * 3) % PLACES.length] + "交通运输系统干部职工在工作现场。"),
                    spread(i, scenes.length, 2), null, false, true));
        }
    }

    private static void unitNews(List<Piece> all) {
        String[] events = {"开展桥梁隧道安全隐患排查", "召开年度养护工作会议", "举办公路养护技能培训班", "开展应急抢险演练",
            "完成国省干线公路病害处治", "推进智慧公路建设试点", "开展“路长制”工作督导", "组织安全生产警示教育",
            "开展党风廉政建设专题教育", "推进公路数字化转型"};
        String[][] units = {{"zhang.wei", "公路事业发展中心"}, {"ma.li", "交通运输综合行政执法局"}, {"ma.li", "交通建设管理局"}};
        int n = 36;
        for (int i = 0; i < n; i++) {
            String[] unit = units[i % units.length];
            String event = events[i % events.length];
            String place = PLACES[(i * 5) % PLACES.length];
            String title = unit[1] + "在" + place + event;
            all.add(new Piece("main", "tsdwdt", unit[0], ArticleKind.NEWS, title, title + "，进一步提升行业治理能力。",
                    body(title + "。", "活动由" + unit[1] + "主要负责同志主持，相关科室和基层单位负责人参加。",
                            "大家表示，将以此次活动为契机，把各项要求落实到日常工作中。"),
                    spread(i, n, 2), null, false, false));
        }
    }

    private static void policies(List<Piece> all) {
        String[][] docs = {
            {"新疆维吾尔自治区道路运输车辆动态监督管理实施细则", "新交规〔2025〕11号"},
            {"新疆维吾尔自治区农村公路养护管理办法", "新交规〔2025〕12号"},
            {"新疆维吾尔自治区交通运输行政处罚裁量基准", "新交规〔2025〕14号"},
            {"自治区交通运输厅关于推进交通运输高质量发展的实施意见", "新交发〔2026〕2号"},
            {"新疆维吾尔自治区公路工程建设项目招标投标管理办法", "新交规〔2026〕1号"},
            {"新疆维吾尔自治区网络预约出租汽车经营服务管理实施细则", "新交规〔2026〕2号"},
            {"自治区交通运输厅关于加快推进城乡交通运输一体化的意见", "新交发〔2026〕9号"},
            {"新疆维吾尔自治区道路货物运输源头超限超载治理办法", "新交规〔2026〕6号"},
            {"自治区交通运输厅关于进一步规范涉企行政检查的通知", "新交办〔2026〕23号"},
            {"新疆维吾尔自治区机动车驾驶员培训管理实施细则", "新交规〔2026〕7号"},
            {"自治区交通运输厅关于加强公路桥梁隧道安全管理的意见", "新交发〔2026〕15号"},
            {"新疆维吾尔自治区交通运输行业安全生产责任清单", "新交办〔2026〕31号"},
        };
        for (int i = 0; i < docs.length; i++) {
            String editor = i % 4 == 1 ? "zhang.wei" : "li.na";
            String title = docs[i][0];
            int daysAgo = spread(i, docs.length, 20);
            all.add(new Piece("main", "zcwj", editor, ArticleKind.POLICY, title, "现将《" + title.replace("自治区交通运输厅关于", "关于") + "》予以公布，自发布之日起施行。",
                    body("第一条 为规范和加强相关管理工作，根据有关法律法规，结合自治区实际，制定本办法。",
                            "第二条 自治区行政区域内的相关活动及其监督管理，适用本办法。",
                            "第三条 自治区交通运输主管部门负责全区相关工作的指导和监督；各地（州、市）交通运输主管部门按照职责负责本行政区域内的具体工作。",
                            "第四条 本办法自发布之日起施行，有效期五年。"),
                    daysAgo, docs[i][1], i == 0, false));
            if (i % 2 == 0) {
                all.add(new Piece("main", "zcjd", "li.na", ArticleKind.INTERPRETATION, "《" + title.replace("自治区交通运输厅", "") + "》政策解读",
                        "从制定背景、主要内容和实施要求三个方面进行解读。",
                        body("一、制定背景。近年来，全区交通运输事业快速发展，原有规定已不能完全适应新形势新要求。",
                                "二、主要内容。共分为总则、职责分工、管理要求、监督检查和附则等部分。",
                                "三、实施要求。各级交通运输主管部门要加强宣传培训，确保各项规定落地见效。"),
                        Math.max(daysAgo - 2, 1), null, false, false, title));
            }
        }
    }

    private static void disclosure(List<Piece> all, LocalDate today) {
        for (int i = 0; i < 4; i++) {
            String[] t = {"自治区交通运输厅主要职责", "自治区交通运输厅内设机构", "厅属单位及职能简介", "机构联系方式"};
            all.add(new Piece("main", "jgzn", "huang.lei", ArticleKind.OTHER, t[i], "公开" + t[i] + "。",
                    body("根据自治区党委、自治区人民政府机构改革方案，现将" + t[i] + "公开如下。",
                            "自治区交通运输厅贯彻落实党中央关于交通运输工作的方针政策和决策部署，在履行职责过程中坚持和加强党的集中统一领导。"),
                    spread(i, 4, 150), null, false, false));
        }
        for (int i = 0; i < 4; i++) {
            String[] t = {"厅领导分工", "厅领导简历", "厅领导调整情况", "厅领导联系单位"};
            all.add(new Piece("main", "ldxx", "huang.lei", ArticleKind.OTHER, t[i] + "（" + (2026 - i / 3) + "年）", "公开" + t[i] + "。",
                    body("根据工作需要，现将" + t[i] + "公布如下。", "厅党组书记、厅长主持全面工作；各位副厅长按照分工负责相关领域工作。"),
                    spread(i, 4, 40), null, false, false));
        }
        String[] rs = {"公开招聘事业单位工作人员公告", "拟任职干部任前公示", "公开遴选公务员公告", "事业单位公开招聘拟聘用人员公示",
            "干部任免通知", "公务员录用名单公示", "职称评审结果公示", "人才引进公告", "年度考核优秀人员公示", "选调生招录公告"};
        for (int i = 0; i < rs.length; i++) {
            String title = "自治区交通运输厅" + (i % 3 == 0 ? "厅属单位" : "") + rs[i];
            all.add(new Piece("main", "rsxx", "huang.lei", ArticleKind.NOTICE, title, "公示（公告）期间如有异议，请向厅人事处反映。",
                    body("根据干部人事管理有关规定，现将有关情况予以公示（公告）。", "联系电话：0991-0000008。"),
                    spread(i, rs.length, 15), null, false, false));
        }
        String[] plans = {"“十五五”综合交通运输发展规划（征求意见稿）", "年度交通运输重点工作计划", "农村公路中长期发展规划",
            "公路养护“十五五”发展规划", "年度重点公路建设项目计划", "综合货运枢纽建设规划", "城乡交通运输一体化实施方案", "交通运输科技发展规划"};
        for (int i = 0; i < plans.length; i++) {
            all.add(new Piece("main", "ghjh", "cao.yang", ArticleKind.NOTICE, "新疆维吾尔自治区" + plans[i], "规划期内全区交通运输发展的目标任务和保障措施。",
                    body("一、发展基础。全区综合交通网络不断完善，运输服务能力显著提升。", "二、发展目标。到规划期末，基本建成安全、便捷、高效、绿色、经济的现代化综合交通运输体系。",
                            "三、重点任务。完善骨干通道，补齐农村短板，提升运输服务，推进智慧绿色发展。"),
                    spread(i, plans.length, 25), null, false, false));
        }
        for (int m = 0; m < 12; m++) {
            LocalDate month = today.minusMonths(m + 2);
            String period = month.getYear() + "年" + month.getMonthValue() + "月";
            all.add(new Piece("main", "tjxx", "cao.yang", ArticleKind.STATISTICS, period + "全区交通运输经济运行情况",
                    "公路客货运输量、固定资产投资等主要指标完成情况。",
                    body(period + "，全区完成公路货运量" + (4800 + m * 37) + "万吨，公路客运量" + (610 + m * 11) + "万人次。",
                            "完成公路水路固定资产投资" + (96 + m * 3) + "亿元。", "注：本数据为快报数，最终以年报为准。"),
                    (int) ChronoUnit.DAYS.between(month.withDayOfMonth(1).plusMonths(1).plusDays(14), today), null, false, false));
        }
        String[] finance = {"自治区交通运输厅2026年部门预算公开", "自治区交通运输厅2025年部门决算公开", "2026年“三公”经费预算情况说明",
            "2025年“三公”经费决算情况说明", "2026年政府采购意向公开", "车辆购置税收入补助地方资金分配情况"};
        for (int i = 0; i < finance.length; i++) {
            all.add(new Piece("main", "czxx", "xie.ting", ArticleKind.NOTICE, finance[i], "按照预决算公开有关要求公开。",
                    body("根据《中华人民共和国预算法》和预决算公开有关规定，现将有关情况公开如下。", "一、收支总体情况。", "二、“三公”经费支出情况。",
                            "三、其他重要事项说明。"),
                    spread(i, finance.length, 30), null, false, false));
        }
        String[] emergency = {"交通运输突发事件应急预案", "冬季恶劣天气公路应急保障工作方案", "防汛抗旱交通运输保障应急预案",
            "道路运输突发事件应急演练方案", "公路地质灾害应急处置预案", "重点时段交通运输应急值守安排", "交通运输应急物资储备情况", "危险货物道路运输事故应急处置规程"};
        for (int i = 0; i < emergency.length; i++) {
            all.add(new Piece("main", "yjgl", "gao.yuan", ArticleKind.NOTICE, "新疆维吾尔自治区" + emergency[i], "明确组织体系、预警响应和保障措施。",
                    body("为有效应对交通运输突发事件，保障人民群众生命财产安全，制定本预案（方案）。", "一、组织体系和职责。", "二、预警与应急响应。",
                            "三、后期处置和保障措施。"),
                    spread(i, emergency.length, 12), null, false, false));
        }
        String[] safety = {"安全生产月活动", "安全生产专项整治三年行动", "道路运输安全隐患排查", "公路水运工程平安工地建设", "危险货物运输安全检查",
            "消防安全专项检查", "安全生产执法检查", "“两客一危”车辆动态监控", "冬季安全生产督导", "安全生产标准化建设"};
        for (int i = 0; i < safety.length; i++) {
            String place = PLACES[(i * 2) % PLACES.length];
            boolean news = i % 2 == 0;
            all.add(new Piece("main", "aqsc", "gao.yuan", news ? ArticleKind.NEWS : ArticleKind.NOTICE,
                    news ? place + "扎实开展" + safety[i] : "关于开展" + safety[i] + "的通知", "压实企业主体责任和部门监管责任。",
                    body("为深入贯彻安全生产法律法规，坚决防范遏制重特大事故，开展" + safety[i] + "。", "各单位要聚焦重点领域和关键环节，坚持问题导向，确保取得实效。"),
                    spread(i, safety.length, 6), null, false, false));
        }
        String[] fees = {"车辆通行费收费标准", "高速公路收费站设置情况", "鲜活农产品运输“绿色通道”政策执行情况", "重大节假日小型客车免费通行安排",
            "收费公路统计公报"};
        for (int i = 0; i < fees.length; i++) {
            all.add(new Piece("main", "jtgf", "cao.yang", ArticleKind.NOTICE, "新疆维吾尔自治区" + fees[i], "公开" + fees[i] + "。",
                    body("根据收费公路管理有关规定，现将" + fees[i] + "公开如下。", "如有疑问，可拨打交通运输服务监督电话12328咨询。"),
                    spread(i, fees.length, 35), null, false, false));
        }
        for (int i = 0; i < 12; i++) {
            String road = ROADS[i % ROADS.length];
            all.add(new Piece("main", "gljsyh", "zhang.wei", ArticleKind.NOTICE, road + (i % 2 == 0 ? "养护工程施工公告" : "路面病害处治作业计划"),
                    "施工期间请过往车辆减速慢行，服从现场交通指挥。",
                    body(road + "部分路段将进行养护施工。", "施工路段设置警示标志和安全防护设施，实行半幅通行。", "给您出行带来的不便，敬请谅解。"),
                    spread(i, 12, 10), null, false, false));
        }
    }

    private static void travel(List<Piece> all) {
        for (int i = 0; i < 30; i++) {
            String road = ROADS[(i * 7) % ROADS.length];
            String place = PLACES[(i * 3) % PLACES.length];
            String[] kinds = {"路况信息", "出行提示", "交通管制信息", "冬季出行安全提示"};
            String k = kinds[i % kinds.length];
            all.add(new Piece("main", "glcxfw", "liang.chen", i % 4 == 2 ? ArticleKind.NOTICE : ArticleKind.NEWS,
                    place + "境内" + road + k, "请广大驾乘人员提前规划路线，注意行车安全。",
                    body(road + place + "境内路段" + (i % 2 == 0 ? "路况良好，通行正常。" : "因天气原因部分路段通行受限。"),
                            "路网中心24小时值守，出行前可拨打12328或关注路网中心发布的实时路况。"),
                    spread(i, 30, 1), null, false, false));
        }
    }

    private static void credit(List<Piece> all) {
        String[] creditNews = {"全区交通运输信用体系建设工作推进会召开", "道路运输企业信用评价结果发布", "交通运输行业开展诚信宣传周活动",
            "公路建设市场信用评价工作启动", "交通运输信用修复工作取得成效", "“信用交通省”建设评估工作启动", "网约车平台信用评价工作开展",
            "交通运输信用信息共享平台升级上线"};
        for (int i = 0; i < creditNews.length; i++) {
            all.add(new Piece("main", "xyjt", "li.na", ArticleKind.NEWS, creditNews[i], "推进交通运输领域信用体系建设。",
                    body(creditNews[i] + "。", "下一步，将持续完善以信用为基础的新型监管机制。"), spread(i, creditNews.length, 8), null, false, false));
            all.add(new Piece("credit", "xydt", "li.na", ArticleKind.NEWS, PLACES[(i * 4) % PLACES.length] + creditNews[i].replace("全区", ""),
                    "信用交通建设动态。", body(creditNews[i] + "。", "各地交通运输部门积极参与，营造诚实守信的良好氛围。"),
                    spread(i, creditNews.length, 4), null, false, false));
        }
        String[] creditPolicies = {"交通运输行业信用评价管理办法", "交通运输严重失信主体名单管理实施细则", "交通运输信用修复管理办法",
            "公路水运工程建设信用管理办法"};
        for (int i = 0; i < creditPolicies.length; i++) {
            all.add(new Piece("credit", "xyzc", "li.na", ArticleKind.POLICY, "新疆维吾尔自治区" + creditPolicies[i], "规范交通运输信用管理。",
                    body("第一条 为加快推进交通运输信用体系建设，制定本办法。", "第二条 本办法适用于自治区交通运输行业信用管理活动。"),
                    spread(i, creditPolicies.length, 40), "新交规〔2025〕" + (30 + i) + "号", false, false));
        }
        for (int i = 0; i < 6; i++) {
            all.add(new Piece("credit", "hhmd", "li.na", ArticleKind.NOTICE, (2026 - i / 4) + "年第" + (4 - i % 4) + "季度交通运输守信联合激励和失信联合惩戒名单",
                    "依据信用评价结果认定并公布。", body("根据交通运输信用管理有关规定，现将本季度名单予以公布。", "对名单有异议的，可在公布之日起15个工作日内提出。"),
                    spread(i, 6, 20), null, false, false));
        }
    }

    private static List<String> body(String... paragraphs) {
        return List.of(paragraphs);
    }
}
