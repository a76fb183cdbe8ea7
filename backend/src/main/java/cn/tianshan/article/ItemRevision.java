package cn.tianshan.article;

import cn.tianshan.article.ItemEnums.Origin;
import cn.tianshan.article.ItemEnums.PublicationForm;
import cn.tianshan.article.ItemEnums.Validity;
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

/** One saved version of an item's content; never changed after it is written. Approvals are bound to its hash. */
@Entity
@Table(name = "item_revision")
public class ItemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long itemId;
    private int number;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
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
    private Long interpretsItemId;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;

    protected ItemRevision() {
    }

    static ItemRevision of(long itemId, int number, ItemContent content, String by, String byName, LocalDateTime at) {
        ItemRevision r = new ItemRevision();
        r.itemId = itemId;
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
        r.interpretsItemId = content.interpretsItemId();
        r.contentHash = content.hash();
        r.createdBy = by;
        r.createdByName = byName;
        r.createdAt = at;
        return r;
    }

    public ItemContent content() {
        return new ItemContent(kind, infoDate, important, scheduledAt, title, subtitle, summary, body, split(columnIds),
                split(attachmentIds), coverAttachmentId, origin, sourceName, sourceUrl, publicationForm,
                publicationFormOther, documentNumber, validity, interpretsItemId);
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

    public long itemId() {
        return itemId;
    }

    public int number() {
        return number;
    }

    public ItemKind kind() {
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
