package cn.tianshan.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file attached to an article: stored under a safe generated name; the original name is kept for download. */
@Entity
@Table(name = "article_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    private String storedName;
    private String originalName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected Attachment() {
    }

    static Attachment of(long articleId, String storedName, String originalName, String mediaType, long size, String sha256,
                         String by, LocalDateTime at) {
        Attachment a = new Attachment();
        a.articleId = articleId;
        a.storedName = storedName;
        a.originalName = originalName;
        a.mediaType = mediaType;
        a.sizeBytes = size;
        a.sha256 = sha256;
        a.uploadedBy = by;
        a.uploadedAt = at;
        return a;
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public String storedName() {
        return storedName;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }
}
