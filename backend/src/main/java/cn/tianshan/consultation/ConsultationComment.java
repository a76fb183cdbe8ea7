package cn.tianshan.consultation;

import cn.tianshan.consultation.ConsultationEnums.CommentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A comment from the public on a consultation; shown on the site only once the unit has moderated it. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long consultationId;
    private String content;
    private String commenterName;
    private String commenterContact;
    private String sourceAddress;
    private LocalDateTime receivedAt;
    @Enumerated(EnumType.STRING)
    private CommentStatus status;
    private String screening;
    private String moderatedByName;
    private LocalDateTime moderatedAt;

    protected ConsultationComment() {
    }

    static ConsultationComment received(long consultationId, String content, String name, String contact, String address,
                                        String screening, LocalDateTime now) {
        ConsultationComment c = new ConsultationComment();
        c.consultationId = consultationId;
        c.content = content;
        c.commenterName = name;
        c.commenterContact = contact;
        c.sourceAddress = address;
        c.screening = screening;
        c.receivedAt = now;
        c.status = CommentStatus.PENDING;
        return c;
    }

    void moderated(boolean show, String byName, LocalDateTime now) {
        status = show ? CommentStatus.SHOWN : CommentStatus.HIDDEN;
        moderatedByName = byName;
        moderatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long consultationId() {
        return consultationId;
    }

    public String content() {
        return content;
    }

    public String commenterName() {
        return commenterName;
    }

    public String commenterContact() {
        return commenterContact;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public CommentStatus status() {
        return status;
    }

    public String screening() {
        return screening;
    }

    public String moderatedByName() {
        return moderatedByName;
    }

    public LocalDateTime moderatedAt() {
        return moderatedAt;
    }
}
