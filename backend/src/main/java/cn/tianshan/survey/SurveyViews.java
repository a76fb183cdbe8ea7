package cn.tianshan.survey;

import cn.tianshan.intake.ChallengeAnswer;
import cn.tianshan.review.ReviewViews.ActionView;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.survey.SurveyEnums.SurveyPhase;
import cn.tianshan.survey.SurveyEnums.QuestionKind;
import cn.tianshan.survey.SurveyEnums.ResultsShown;
import cn.tianshan.review.DraftStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** What the survey API reads and writes. */
public final class SurveyViews {

    private SurveyViews() {
    }

    public record QuestionDraft(
            @NotNull(message = "请选择题型") QuestionKind kind,
            @NotBlank(message = "请填写题目") @Size(max = 300, message = "题目不能超过 300 字") String prompt,
            boolean required,
            @Size(max = 20, message = "每题最多 20 个选项") List<@NotBlank(message = "选项不能为空") @Size(max = 100, message = "选项不能超过 100 字") String> options) {
    }

    public record SurveyDraft(
            @NotBlank(message = "请填写调查标题") @Size(max = 100, message = "标题不能超过 100 字") String title,
            @NotBlank(message = "请填写调查说明") @Size(max = 2000, message = "说明不能超过 2000 字") String description,
            @NotNull(message = "请填写开始时间") LocalDateTime opensAt,
            @NotNull(message = "请填写结束时间") LocalDateTime closesAt,
            @NotNull(message = "请选择结果公布方式") ResultsShown resultsShown,
            @NotEmpty(message = "至少要有一道题") @Size(max = 50, message = "最多 50 道题") List<@Valid @NotNull QuestionDraft> questions) {
    }

    public record ClosingCommand(@NotBlank(message = "请说明提前结束的原因") @Size(max = 200, message = "原因不能超过 200 字") String note) {
    }

    public record OptionView(long id, String label) {
    }

    public record QuestionView(long id, int position, QuestionKind kind, String kindLabel, String prompt, boolean required,
                               List<OptionView> options) {
    }

    public record SurveySummary(long id, String title, String unitName, DraftStatus status, String statusLabel, SurveyPhase phase,
                                String phaseLabel, LocalDateTime opensAt, LocalDateTime closesAt, long responses, String createdByName) {
    }

    public record SurveyDetail(long id, String unitCode, String unitName, String title, String description, LocalDateTime opensAt,
                               LocalDateTime closesAt, ResultsShown resultsShown, String resultsShownLabel, DraftStatus status,
                               String statusLabel, SurveyPhase phase, String phaseLabel, int revision, String createdByName,
                               LocalDateTime createdAt, LocalDateTime publishedAt, LocalDateTime closedEarlyAt, String closedEarlyNote,
                               List<QuestionView> questions, long responses, boolean editable, boolean mayWithdraw, boolean mayClose, RunView review,
                               List<ActionView> reviewActions, List<RunView> reviewHistory, String publicPath) {
    }

    public record OptionResult(long optionId, String label, long count, double percent) {
    }

    /** A question's results: {@code answered} respondents answered it; percentages are of them. */
    public record QuestionResult(long questionId, int position, String prompt, QuestionKind kind, long answered,
                                 List<OptionResult> options) {
    }

    public record SurveyResults(long responses, List<QuestionResult> questions) {
    }

    public record PublicSurveySummary(long id, String title, String unitName, SurveyPhase phase, String phaseLabel, LocalDateTime opensAt,
                                      LocalDateTime closesAt) {
    }

    public record PublicSurvey(long id, String title, String description, String unitName, LocalDateTime opensAt,
                               LocalDateTime closesAt, SurveyPhase phase, String phaseLabel, String resultsShownLabel, List<QuestionView> questions,
                               boolean alreadyAnswered, String rules, SurveyResults results) {
    }

    public record AnswerInput(
            @NotNull(message = "缺少题目编号") Long questionId,
            @Size(max = 20, message = "选项过多") List<@NotNull Long> optionIds,
            @Size(max = 1000, message = "回答不能超过 1000 字") String text) {
    }

    public record AnswerSheet(
            @NotNull(message = "请作答") @Size(max = 50, message = "回答过多") List<@Valid @NotNull AnswerInput> answers,
            @Valid @NotNull(message = "缺少人机验证") ChallengeAnswer challenge) {
    }

    public record AnswerReceipt(String message, SurveyResults results) {
    }
}
