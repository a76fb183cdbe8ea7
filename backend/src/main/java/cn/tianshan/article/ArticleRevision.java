package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** One saved version of an article's content; never changed after it is written. Approvals are bound to its hash. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    private int number;
    @Enumerated(EnumType.STRING)
    private ArticleKind kind;
    private LocalDate infoDate;
    private boolean important;
    private LocalDateTime scheduledAt;
    private String title;
    private String subtitle;
    private String summary;
    private String body;
    private String columnIds;
    private String attachmentIds;
    private Long coverAttachmentId;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String sourceName;
    private String sourceUrl;
    @Enumerated(EnumType.STRING)
    private PublicationForm publicationForm;
    private String publicationFormOther;
    private String documentNumber;
    @Enumerated(EnumType.STRING)
    private Validity validity;
    private Long interpretsArticleId;
    @Embedded
    private ServiceGuide guide;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;

    protected ArticleRevision() {
    }

    static ArticleRevision of(long articleId, int number, ArticleContent content, String by, String byName, LocalDateTime at) {
        ArticleRevision r = new ArticleRevision();
        r.articleId = articleId;
        r.number = number;
        r.kind = content.kind();
        r.infoDate = content.infoDate();
        r.important = content.important();
        r.scheduledAt = content.scheduledAt();
        r.title = content.title();
        r.subtitle = content.subtitle();
        r.summary = content.summary();
        r.body = content.body();
        r.columnIds = join(content.columnIds());
        r.attachmentIds = join(content.attachmentIds());
        r.coverAttachmentId = content.coverAttachmentId();
        r.origin = content.origin();
        r.sourceName = content.sourceName();
        r.sourceUrl = content.sourceUrl();
        r.publicationForm = content.publicationForm();
        r.publicationFormOther = content.publicationFormOther();
        r.documentNumber = content.documentNumber();
        r.validity = content.validity();
        r.interpretsArticleId = content.interpretsArticleId();
        r.guide = content.guide();
        r.contentHash = content.hash();
        r.createdBy = by;
        r.createdByName = byName;
        r.createdAt = at;
        return r;
    }

    public ArticleContent content() {
        return new ArticleContent(kind, infoDate, important, scheduledAt, title, subtitle, summary, body, split(columnIds),
                split(attachmentIds), coverAttachmentId, origin, sourceName, sourceUrl, publicationForm,
                publicationFormOther, documentNumber, validity, interpretsArticleId, guide);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public int number() {
        return number;
    }

    public ArticleKind kind() {
        return kind;
    }

    public LocalDate infoDate() {
        return infoDate;
    }

    public boolean important() {
        return important;
    }

    public LocalDateTime scheduledAt() {
        return scheduledAt;
    }

    public String title() {
        return title;
    }

    public List<Long> columnIds() {
        return split(columnIds);
    }

    public List<Long> attachmentIds() {
        return split(attachmentIds);
    }

    public String contentHash() {
        return contentHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
