package cn.tianshan.demo;

import cn.tianshan.common.time.Timestamps;
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
 * Online surveys in the shop window: one closed with its results (its paper and online sheets entered on the days
 * they were filled in), one open with live results, one waiting for the site office's approval.
 */
@ApplicationScoped
class DemoSurveys {

    private final ActingAs acting;
    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final ReviewEngine engine;
    private final Clock clock;

    DemoSurveys(ActingAs acting, Surveys surveys, SurveyAnswering answering, ReviewEngine engine, Clock clock) {
        this.acting = acting;
        this.surveys = surveys;
        this.answering = answering;
        this.engine = engine;
        this.clock = clock;
    }

    void load() {
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
        approveWaiting("zhao.min", pending.id());
    }

    private long published(String editor, String head, SurveyDraft draft) {
        long id = acting.as(editor, () -> surveys.create(draft)).id();
        acting.run(editor, () -> surveys.submit(id));
        approveWaiting(head, id);
        approveWaiting("sun.li", id);
        return id;
    }

    private void approveWaiting(String reviewer, long id) {
        long task = acting.as("sun.li", () -> engine.activeRun("survey", id)).orElseThrow().tasks().stream()
                .filter(t -> t.status() == TaskStatus.IN_PROGRESS).map(TaskView::id).findFirst().orElseThrow();
        acting.run(reviewer, () -> engine.approve(task, new ApproveCommand("同意发布。", null, null, null)));
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
