package cn.tianshan.demo;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.consultation.ConsultationComments;
import cn.tianshan.consultation.ConsultationViews.ClosingNote;
import cn.tianshan.consultation.ConsultationViews.CommentView;
import cn.tianshan.consultation.ConsultationViews.ConsultationDraft;
import cn.tianshan.consultation.ConsultationViews.FeedbackCommand;
import cn.tianshan.consultation.ConsultationViews.Moderation;
import cn.tianshan.consultation.Consultations;
import cn.tianshan.interview.InterviewPhotos;
import cn.tianshan.interview.InterviewQuestions;
import cn.tianshan.interview.InterviewViews.AnswerCommand;
import cn.tianshan.interview.InterviewViews.Guest;
import cn.tianshan.interview.InterviewViews.InterviewDraft;
import cn.tianshan.interview.InterviewViews.RecordCommand;
import cn.tianshan.interview.InterviewViews.RejectionCommand;
import cn.tianshan.interview.Interviews;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.review.TaskStatus;
import cn.tianshan.survey.SurveyAnswering;
import cn.tianshan.survey.SurveyEnums.QuestionKind;
import cn.tianshan.survey.SurveyEnums.ResultsShown;
import cn.tianshan.survey.SurveyViews.AnswerInput;
import cn.tianshan.survey.SurveyViews.ClosingCommand;
import cn.tianshan.survey.SurveyViews.QuestionDraft;
import cn.tianshan.survey.SurveyViews.QuestionView;
import cn.tianshan.survey.SurveyViews.SurveyDetail;
import cn.tianshan.survey.SurveyViews.SurveyDraft;
import cn.tianshan.survey.Surveys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The public's participation in the shop window (Art. 23): online surveys — one closed with its results (its sheets
 * entered on the days they were filled in), one open with live results, one waiting for the site office — and
 * consultations — one open with moderated comments (some received by post), one concluded with its feedback — and
 * online interviews — a past one with its record, one announced.
 */
@ApplicationScoped
class DemoParticipation {

    private final ActingAs acting;
    private final Consultations consultations;
    private final Interviews interviews;
    private final InterviewQuestions interviewQuestions;
    private final InterviewPhotos photos;
    private final ConsultationComments comments;
    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final ReviewEngine engine;
    private final Clock clock;

    DemoParticipation(ActingAs acting, Consultations consultations, ConsultationComments comments, Interviews interviews,
                      InterviewQuestions interviewQuestions, InterviewPhotos photos, Surveys surveys, SurveyAnswering answering,
                      ReviewEngine engine, Clock clock) {
        this.photos = photos;
        this.acting = acting;
        this.interviews = interviews;
        this.interviewQuestions = interviewQuestions;
        this.consultations = consultations;
        this.comments = comments;
        this.surveys = surveys;
        this.answering = answering;
        this.engine = engine;
        this.clock = clock;
    }

    void load() {
        surveys();
        consultations();
        interviews();
    }

    /**
     * A past interview with its record, and one announced for next week. The past one is held for real: it opens
     * before now and closes two seconds from now, its questions are taken and answered, and once it has closed the
     * record is published (the loader waits out those seconds).
     */
    private void interviews() {
        LocalDateTime now = Timestamps.now(clock).withNano(0);
        List<Guest> guests = List.of(new Guest("刘志军", "交通运输厅副厅长", null, null), new Guest("马丽娜", "运输服务处处长", null, null));
        long past = interview("ma.li", "xu.gang", new InterviewDraft("推进“四好农村路”高质量发展 服务乡村振兴",
                "厅领导做客访谈间，介绍全区农村公路建设、管理、养护、运营情况，回答网友关心的问题。", now.minusHours(2), now.plusSeconds(2), guests));
        String[][] qa = {
                {"我们村的通村公路什么时候能硬化？", "阿迪力", "刘志军", "今年全区计划新改建农村公路 5200 公里，已实现具备条件的建制村通硬化路，自然村通硬化路正在分批推进，具体计划可咨询所在县交通运输局。"},
                {"农村客运班车太少，能不能增加班次？", "网友", "马丽娜", "我们正在推行农村客运“预约响应”模式，客流少的线路可以电话或手机预约发车，今年底前覆盖全区 80% 的乡镇。"},
                {"农村公路坏了找谁修？", "古丽", "刘志军", "农村公路实行“路长制”，县道由县级路长负责，乡道、村道由乡镇和村级路长负责；发现损坏可拨打 12328 交通运输服务监督电话反映。"}};
        for (String[] item : qa) {
            cn.tianshan.interview.InterviewViews.InterviewQuestionView asked = acting.as("ma.li", () -> interviewQuestions.enterReceived(past, item[0], item[1]));
            acting.run("ma.li", () -> interviews.accept(asked.id()));
            acting.run("ma.li", () -> interviews.answer(asked.id(), new AnswerCommand(item[2], item[3])));
        }
        cn.tianshan.interview.InterviewViews.InterviewQuestionView offTopic = acting.as("ma.li", () -> interviewQuestions.enterReceived(past, "请问明天乌鲁木齐下雪吗？", null));
        acting.run("ma.li", () -> interviews.reject(offTopic.id(), new RejectionCommand("与访谈主题无关")));
        long wait = java.time.Duration.between(Timestamps.now(clock), now.plusSeconds(2)).toMillis() + 200;
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        acting.run("ma.li", () -> interviews.publishRecord(past, new RecordCommand(
                "访谈中，嘉宾介绍了全区农村公路建设成效和“路长制”管护机制，回答了网友关于道路硬化、客运班次和公路养护的提问。")));

        long upcoming = interview("li.na", "zhao.min", new InterviewDraft("网约车和巡游出租车融合发展",
                "运输服务处负责人介绍网约车合规化进展，欢迎网友提前提问。", now.plusDays(6).withHour(10).withMinute(0).withSecond(0),
                now.plusDays(6).withHour(11).withMinute(30).withSecond(0), List.of(new Guest("马丽娜", "运输服务处处长", null, null))));
        acting.as("li.na", () -> interviewQuestions.enterReceived(upcoming, "网约车驾驶员证怎么办理？", "司机小王"));
    }

    private long interview(String editor, String head, InterviewDraft draft) {
        long id = acting.as(editor, () -> interviews.create(draft)).id();
        List<Guest> withPhotos = new java.util.ArrayList<>();
        for (int n = 0; n < draft.guests().size(); n++) {
            Guest guest = draft.guests().get(n);
            int variant = n;
            long photo = acting.as(editor, () -> uploadPortrait(id, guest.name(), variant));
            withPhotos.add(new Guest(guest.name(), guest.title(), photo, null));
        }
        acting.run(editor, () -> interviews.update(id, new InterviewDraft(draft.title(), draft.description(), draft.startsAt(),
                draft.endsAt(), withPhotos)));
        acting.run(editor, () -> interviews.submit(id));
        approveWaiting(head, "interview", id);
        approveWaiting("sun.li", "interview", id);
        return id;
    }

    private long uploadPortrait(long interview, String name, int variant) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("tianshan-demo-", ".png");
            byte[] bytes = DemoImages.portrait(variant);
            java.nio.file.Files.write(file, bytes);
            long id = photos.upload(interview, name + ".png", file, bytes.length).id();
            java.nio.file.Files.deleteIfExists(file);
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void consultations() {
        LocalDateTime now = Timestamps.now(clock).withSecond(0).withNano(0);
        long open = consultation("li.na", "zhao.min", new ConsultationDraft("《新疆维吾尔自治区农村公路条例（修订草案征求意见稿）》公开征求意见",
                "为推进“四好农村路”高质量发展，我厅起草了《新疆维吾尔自治区农村公路条例（修订草案征求意见稿）》，现向社会公开征求意见。",
                "第一条　为了促进农村公路事业发展，加强农村公路建设、养护、管理和运营，根据《中华人民共和国公路法》等法律、行政法规，结合自治区实际，制定本条例。\n"
                        + "第二条　本条例所称农村公路，是指纳入农村公路规划并按照公路工程技术标准修建的县道、乡道、村道及其附属设施。\n"
                        + "第三条　农村公路工作应当坚持政府主导、分级负责、建养并重、安全便民的原则。\n"
                        + "第四条　县级人民政府是本行政区域内农村公路发展的责任主体……",
                now.minusDays(10), now.plusDays(20), false));
        comment(open, "建议明确村道养护资金的保障比例，避免“重建轻养”。", "马建新", "13999001122", true);
        comment(open, "希望条例对农村客运站点与公路同步规划作出规定。", null, null, true);
        comment(open, "第四条建议增加乡镇人民政府的具体职责。", "古丽", "0991-1234567", false);

        long concluded = consultation("li.na", "zhao.min", new ConsultationDraft("《自治区交通运输行政处罚裁量权基准（征求意见稿）》公开征求意见",
                "为规范交通运输行政处罚裁量权，我厅起草了裁量权基准，现公开征求意见。",
                "一、适用范围　本基准适用于自治区各级交通运输主管部门实施的行政处罚。\n二、裁量原则　过罚相当、公平公正、教育与处罚相结合……",
                now.minusDays(45), now.plusDays(1), false));
        comment(concluded, "建议对首次轻微违法且及时改正的，明确不予处罚。", "王律师", null, true);
        comment(concluded, "罚款幅度的档次划分建议再细化。", null, null, true);
        acting.run("zhao.min", () -> consultations.closeEarly(concluded, new ClosingNote("意见已较充分，提前结束")));
        acting.run("li.na", () -> consultations.giveFeedback(concluded, new FeedbackCommand(
                "采纳了“首违不罚”的意见，已在基准第五部分增加不予处罚情形清单。",
                "关于细化罚款档次的意见，因部分事项上位法已规定固定罚款数额，暂未采纳，将在下一次修订时研究。", 1)));
    }

    private long consultation(String editor, String head, ConsultationDraft draft) {
        long id = acting.as(editor, () -> consultations.create(draft)).id();
        acting.run(editor, () -> consultations.submit(id));
        approveWaiting(head, "consultation", id);
        approveWaiting("sun.li", "consultation", id);
        return id;
    }

    private void comment(long id, String content, String name, String contact, boolean show) {
        CommentView entered = acting.as("li.na", () -> comments.enterReceived(id, content, name, contact));
        if (show) {
            acting.run("li.na", () -> comments.moderate(entered.id(), new Moderation(true)));
        }
    }

    private void surveys() {
        LocalDateTime now = Timestamps.now(clock).withSecond(0).withNano(0);
        long closed = published("li.na", "zhao.min", new SurveyDraft("2026 年交通运输政务服务满意度调查",
                "为了解群众和企业对交通运输政务服务的评价，改进审批和服务工作，特开展本次调查。调查不收集个人信息，结果将在调查结束后公布。",
                now.minusDays(40), now.plusDays(1), ResultsShown.AFTER_CLOSE, List.of(
                        choice(QuestionKind.SINGLE_CHOICE, "您对交通运输政务服务的总体评价是？", true, "非常满意", "满意", "基本满意", "不满意"),
                        choice(QuestionKind.MULTIPLE_CHOICE, "您办理过哪些交通运输政务服务事项？", true, "道路运输经营许可", "从业资格证", "超限运输许可", "驾培机构备案", "其他"),
                        choice(QuestionKind.SINGLE_CHOICE, "您通常通过什么方式办理？", true, "政务服务网在线办理", "政务服务大厅窗口", "手机 App", "委托代办"),
                        new QuestionDraft(QuestionKind.FREE_TEXT, "您对改进政务服务有什么建议？", false, List.of()))));
        sheets(closed, 326, now.minusDays(40), now.minusDays(2), new int[][] {{38, 41, 16, 5}, {30, 45, 12, 8, 5}, {52, 30, 13, 5}},
                List.of("希望更多事项实现“一网通办”", "窗口工作人员态度很好", "超限运输许可审批时间还可以再缩短", "建议增加周末预约办理"));
        acting.run("zhao.min", () -> surveys.closeEarly(closed, new ClosingCommand("已收回有效答卷 326 份，样本已足够，提前结束")));

        long open = published("ma.li", "xu.gang", new SurveyDraft("农村客运“村村通”服务情况调查",
                "请乘坐过农村客运班线的群众谈谈出行感受，帮助我们优化班次和站点。调查期间可随时查看结果。",
                now.minusDays(6), now.plusDays(24), ResultsShown.LIVE, List.of(
                        choice(QuestionKind.SINGLE_CHOICE, "您乘坐农村客运班线的频率是？", true, "几乎每天", "每周数次", "每月数次", "很少乘坐"),
                        choice(QuestionKind.SINGLE_CHOICE, "您候车的时间一般是？", true, "15 分钟以内", "15 至 30 分钟", "30 分钟至 1 小时", "1 小时以上"),
                        choice(QuestionKind.MULTIPLE_CHOICE, "您希望改进哪些方面？", false, "增加班次", "延长末班时间", "改善候车亭", "车辆更新", "票价优惠"))));
        sheets(open, 57, now.minusDays(6), now.minusHours(1), new int[][] {{20, 35, 25, 20}, {25, 40, 25, 10}, {60, 45, 30, 20, 35}}, List.of());

        SurveyDetail pending = acting.as("li.na", () -> surveys.create(new SurveyDraft("交通运输行政执法公众评议",
                "请对交通运输行政执法人员的执法行为进行评议。", now.plusDays(3), now.plusDays(33), ResultsShown.AFTER_CLOSE, List.of(
                        choice(QuestionKind.SINGLE_CHOICE, "执法人员是否出示执法证件？", true, "是", "否", "不清楚"),
                        choice(QuestionKind.SINGLE_CHOICE, "您对执法人员的文明执法评价是？", true, "满意", "基本满意", "不满意")))));
        acting.run("li.na", () -> surveys.submit(pending.id()));
        approveWaiting("zhao.min", "survey", pending.id());
    }

    private long published(String editor, String head, SurveyDraft draft) {
        long id = acting.as(editor, () -> surveys.create(draft)).id();
        acting.run(editor, () -> surveys.submit(id));
        approveWaiting(head, "survey", id);
        approveWaiting("sun.li", "survey", id);
        return id;
    }

    private void approveWaiting(String reviewer, String subject, long id) {
        long task = acting.as("sun.li", () -> engine.activeRun(subject, id)).orElseThrow().tasks().stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).map(TaskView::id).findFirst().orElseThrow();
        acting.run(reviewer, () -> engine.approve(task, new ApproveCommand("同意发布。", true, true, null)));
    }

    /** {@code count} sheets spread over the period, each choice question answered by the given weights. */
    private void sheets(long id, int count, LocalDateTime from, LocalDateTime to, int[][] weights, List<String> suggestions) {
        List<QuestionView> questions = acting.as("sun.li", () -> surveys.detail(id)).questions();
        Random random = new Random(id * 7919);
        long span = java.time.Duration.between(from, to).toMinutes();
        for (int n = 0; n < count; n++) {
            List<AnswerInput> answers = new ArrayList<>();
            int choice = 0;
            for (QuestionView q : questions) {
                if (q.kind() == QuestionKind.FREE_TEXT) {
                    if (!suggestions.isEmpty() && random.nextInt(4) == 0) {
                        answers.add(new AnswerInput(q.id(), null, suggestions.get(random.nextInt(suggestions.size()))));
                    }
                    continue;
                }
                int[] w = weights[choice++];
                List<Long> picked = new ArrayList<>();
                if (q.kind() == QuestionKind.SINGLE_CHOICE) {
                    picked.add(q.options().get(weighted(random, w)).id());
                } else {
                    for (int o = 0; o < w.length; o++) {
                        if (random.nextInt(100) < w[o]) {
                            picked.add(q.options().get(o).id());
                        }
                    }
                    if (picked.isEmpty() && q.required()) {
                        picked.add(q.options().get(weighted(random, w)).id());
                    }
                }
                if (!picked.isEmpty()) {
                    answers.add(new AnswerInput(q.id(), picked, null));
                }
            }
            LocalDateTime at = from.plusMinutes(1 + (long) (random.nextDouble() * (span - 2)));
            answering.enterPaperSheet(id, answers, at);
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static QuestionDraft choice(QuestionKind kind, String prompt, boolean required, String... options) {
        return new QuestionDraft(kind, prompt, required, List.of(options));
    }
}
