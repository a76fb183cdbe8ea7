package cn.tianshan.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One choice offered by a single- or multiple-choice question. */
@Entity
@Table(name = "survey_option")
public class SurveyOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long questionId;
    private int position;
    private String label;

    protected SurveyOption() {
    }

    static SurveyOption of(long questionId, int position, String label) {
        SurveyOption o = new SurveyOption();
        o.questionId = questionId;
        o.position = position;
        o.label = label;
        return o;
    }

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }
}
