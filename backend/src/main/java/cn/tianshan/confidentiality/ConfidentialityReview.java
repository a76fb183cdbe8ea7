package cn.tianshan.confidentiality;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 机关、单位互联网网站信息发布保密审查表 (Annex 5) for one exact revision of an article: its facts, its serial
 * number for filing, and the site office person who handled it. The opinions are {@link ConfidentialityOpinion}s.
 */
@Entity
@Table(name = "confidentiality_review")
public class ConfidentialityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int serialYear;
    private int serialNo;
    private long articleId;
    private long revisionId;
    private int revisionNo;
    private String revisionHash;
    private String department;
    private String articleTitle;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String sourceName;
    @Enumerated(EnumType.STRING)
    private PublicationForm publicationForm;
    private String publicationFormOther;
    private String handlerUsername;
    private String handlerName;
    private LocalDateTime handledAt;
    private LocalDateTime createdAt;

    protected ConfidentialityReview() {
    }

    static ConfidentialityReview open(int year, int serial, long articleId, long revisionId, int revisionNo, String revisionHash,
                                      String department, String title, Origin origin, String sourceName,
                                      PublicationForm form, String formOther, LocalDateTime at) {
        ConfidentialityReview r = new ConfidentialityReview();
        r.serialYear = year;
        r.serialNo = serial;
        r.articleId = articleId;
        r.revisionId = revisionId;
        r.revisionNo = revisionNo;
        r.revisionHash = revisionHash;
        r.department = department;
        r.articleTitle = title;
        r.origin = origin;
        r.sourceName = sourceName;
        r.publicationForm = form;
        r.publicationFormOther = formOther;
        r.createdAt = at;
        return r;
    }

    void handled(String username, String name, LocalDateTime at) {
        if (handlerUsername == null) {
            handlerUsername = username;
            handlerName = name;
            handledAt = at;
        }
    }

    /** The site office's confidentiality step approved this revision: the form is closed to new opinions. */
    boolean closed() {
        return handlerUsername != null;
    }

    public String serial() {
        return serialYear + "-" + String.format("%04d", serialNo);
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public long revisionId() {
        return revisionId;
    }

    public int revisionNo() {
        return revisionNo;
    }

    public String revisionHash() {
        return revisionHash;
    }

    public String department() {
        return department;
    }

    public String articleTitle() {
        return articleTitle;
    }

    public Origin origin() {
        return origin;
    }

    public String sourceName() {
        return sourceName;
    }

    public PublicationForm publicationForm() {
        return publicationForm;
    }

    public String publicationFormOther() {
        return publicationFormOther;
    }

    public String handlerName() {
        return handlerName;
    }

    public LocalDateTime handledAt() {
        return handledAt;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
