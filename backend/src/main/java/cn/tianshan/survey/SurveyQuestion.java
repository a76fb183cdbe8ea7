package cn.tianshan.survey;

import cn.tianshan.survey.SurveyEnums.QuestionKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a survey, in its place. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long surveyId;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String prompt;
    private boolean required;

    protected SurveyQuestion() {
    }

    static SurveyQuestion of(long surveyId, int position, QuestionKind kind, String prompt, boolean required) {
        SurveyQuestion q = new SurveyQuestion();
        q.surveyId = surveyId;
        q.position = position;
        q.kind = kind;
        q.prompt = prompt;
        q.required = required;
        return q;
    }

    public Long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    public int position() {
        return position;
    }

    public QuestionKind kind() {
        return kind;
    }

    public String prompt() {
        return prompt;
    }

    public boolean required() {
        return required;
    }
}
