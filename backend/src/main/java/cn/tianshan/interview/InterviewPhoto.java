package cn.tianshan.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A guest's photo, uploaded to its interview; its bytes are in the attachment store under a generated name. */
@Entity
@Table(name = "interview_photo")
public class InterviewPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long interviewId;
    private String storedName;
    private String mediaType;
    private long size;
    private String sha256;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    protected InterviewPhoto() {
    }

    static InterviewPhoto of(long interviewId, String storedName, String mediaType, long size, String sha256, String by, LocalDateTime at) {
        InterviewPhoto p = new InterviewPhoto();
        p.interviewId = interviewId;
        p.storedName = storedName;
        p.mediaType = mediaType;
        p.size = size;
        p.sha256 = sha256;
        p.uploadedBy = by;
        p.uploadedAt = at;
        return p;
    }

    public Long id() {
        return id;
    }

    public long interviewId() {
        return interviewId;
    }

    public String storedName() {
        return storedName;
    }

    public String mediaType() {
        return mediaType;
    }
}
