package cn.tianshan.confidentiality;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 机关、单位互联网网站信息发布保密审查表 (Annex 5) for one exact revision of an article: the reviewing staff's
 * opinion, then the leader's, and the site office person who handled it.
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
    private String revisionHash;
    private String department;
    private String articleTitle;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String sourceName;
    @Enumerated(EnumType.STRING)
    private PublicationForm publicationForm;
    private String publicationFormOther;
    @Enumerated(EnumType.STRING)
    private Opinion staffOpinion;
    private String staffUsername;
    private String staffName;
    private String staffNote;
    private LocalDateTime staffAt;
    @Enumerated(EnumType.STRING)
    private Opinion leaderOpinion;
    private String leaderUsername;
    private String leaderName;
    private String leaderNote;
    private LocalDateTime leaderAt;
    private String handlerUsername;
    private String handlerName;
    private LocalDateTime handledAt;
    private LocalDateTime createdAt;

    protected ConfidentialityReview() {
    }

    static ConfidentialityReview open(int year, int serial, long articleId, long revisionId, String revisionHash,
                                      String department, String title, Origin origin, String sourceName,
                                      PublicationForm form, String formOther, LocalDateTime at) {
        ConfidentialityReview r = new ConfidentialityReview();
        r.serialYear = year;
        r.serialNo = serial;
        r.articleId = articleId;
        r.revisionId = revisionId;
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

    void staff(Opinion opinion, String username, String name, String note, LocalDateTime at) {
        requireOpen();
        if (leaderOpinion != null) {
            throw ProblemException.conflict("the leader has already given an opinion on this review");
        }
        staffOpinion = opinion;
        staffUsername = username;
        staffName = name;
        staffNote = note;
        staffAt = at;
    }

    void leader(Opinion opinion, String username, String name, String note, LocalDateTime at) {
        requireOpen();
        if (staffOpinion == null) {
            throw ProblemException.conflict("the reviewing staff's opinion comes first (Annex 5)");
        }
        if (username.equals(staffUsername)) {
            throw ProblemException.forbidden("the staff opinion and the leader opinion are given by two different people");
        }
        leaderOpinion = opinion;
        leaderUsername = username;
        leaderName = name;
        leaderNote = note;
        leaderAt = at;
    }

    void handled(String username, String name, LocalDateTime at) {
        if (handlerUsername == null) {
            handlerUsername = username;
            handlerName = name;
            handledAt = at;
        }
    }

    boolean agreed() {
        return staffOpinion == Opinion.AGREE && leaderOpinion == Opinion.AGREE;
    }

    private void requireOpen() {
        if (handlerUsername != null) {
            throw ProblemException.conflict("this review was handled by the site office and is closed");
        }
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

    public Opinion staffOpinion() {
        return staffOpinion;
    }

    public String staffName() {
        return staffName;
    }

    public String staffUsername() {
        return staffUsername;
    }

    public String staffNote() {
        return staffNote;
    }

    public LocalDateTime staffAt() {
        return staffAt;
    }

    public Opinion leaderOpinion() {
        return leaderOpinion;
    }

    public String leaderName() {
        return leaderName;
    }

    public String leaderUsername() {
        return leaderUsername;
    }

    public String leaderNote() {
        return leaderNote;
    }

    public LocalDateTime leaderAt() {
        return leaderAt;
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
