package cn.tianshan.mailbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A letter to the leader mailbox, with its handling and its reply. Changed only under its row lock. */
@Entity
@Table(name = "mailbox_message")
public class MailboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingCode;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    private String subject;
    private String content;
    private String writerName;
    private String writerPhone;
    private String writerEmail;
    private boolean consentToPublish;
    private String attachmentName;
    private String attachmentStored;
    private String attachmentType;
    private Long attachmentSize;
    @Enumerated(EnumType.STRING)
    private LetterStatus status;
    private String screeningReasons;
    private Long duplicateOf;
    private long fingerprint;
    private int fingerprintBand0;
    private int fingerprintBand1;
    private int fingerprintBand2;
    private int fingerprintBand3;
    private String sourceAddress;
    private LocalDateTime receivedAt;
    private String unitCode;
    private LocalDateTime dispatchedAt;
    private String dispatchedByName;
    private String replyDraft;
    private int replyRevision;
    private String replyHash;
    private String draftedBy;
    private String draftedByName;
    private String reply;
    private LocalDateTime repliedAt;
    private Integer extensionDays;
    private String extensionReason;
    private String clarificationRequest;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String ratingComment;
    private LocalDateTime ratedAt;
    private boolean published;
    private String publicSubject;
    private String publicContent;
    private String publicReply;
    private LocalDateTime publishedAt;

    protected MailboxMessage() {
    }

    record Letter(LetterKind kind, String subject, String content, String writerName, String writerPhone, String writerEmail,
                  boolean consentToPublish) {
    }

    static MailboxMessage received(Letter letter, String trackingCode, String passwordHash, long fingerprint, String sourceAddress,
                                   LocalDateTime at) {
        MailboxMessage m = new MailboxMessage();
        m.kind = letter.kind();
        m.subject = letter.subject();
        m.content = letter.content();
        m.writerName = letter.writerName();
        m.writerPhone = letter.writerPhone();
        m.writerEmail = letter.writerEmail();
        m.consentToPublish = letter.consentToPublish();
        m.trackingCode = trackingCode;
        m.passwordHash = passwordHash;
        m.fingerprint = fingerprint;
        m.fingerprintBand0 = band(fingerprint, 0);
        m.fingerprintBand1 = band(fingerprint, 1);
        m.fingerprintBand2 = band(fingerprint, 2);
        m.fingerprintBand3 = band(fingerprint, 3);
        m.sourceAddress = sourceAddress;
        m.receivedAt = at;
        m.status = LetterStatus.RECEIVED;
        return m;
    }

    static int band(long fingerprint, int band) {
        return (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
    }

    void attach(String name, String stored, String type, long size) {
        attachmentName = name;
        attachmentStored = stored;
        attachmentType = type;
        attachmentSize = size;
    }

    void screen(String reasons, Long duplicateOf) {
        status = LetterStatus.SCREENING;
        screeningReasons = reasons;
        this.duplicateOf = duplicateOf;
    }

    void accepted() {
        status = LetterStatus.RECEIVED;
    }

    void invalid() {
        status = LetterStatus.INVALID;
    }

    void dispatch(String unitCode, String byName, LocalDateTime at) {
        this.unitCode = unitCode;
        this.dispatchedAt = at;
        this.dispatchedByName = byName;
        this.status = LetterStatus.DISPATCHED;
        this.replyDraft = null;
    }

    void draft(String text, String hash, String by, String byName) {
        replyDraft = text;
        replyRevision++;
        replyHash = hash;
        draftedBy = by;
        draftedByName = byName;
    }

    void inApproval() {
        status = LetterStatus.IN_APPROVAL;
    }

    void returned() {
        status = LetterStatus.DISPATCHED;
    }

    void answered(LocalDateTime at) {
        reply = replyDraft;
        repliedAt = at;
        status = LetterStatus.ANSWERED;
    }

    void extensionRequested(int days, String reason) {
        extensionDays = days;
        extensionReason = reason;
    }

    void extensionDecided() {
        extensionDays = null;
        extensionReason = null;
    }

    void awaitWriter(String request) {
        clarificationRequest = request;
        status = LetterStatus.AWAITING_WRITER;
    }

    void clarified() {
        status = LetterStatus.DISPATCHED;
    }

    void rated(Rating rating, String comment, LocalDateTime at) {
        this.rating = rating;
        this.ratingComment = comment;
        this.ratedAt = at;
        this.status = rating == Rating.UNSATISFIED ? LetterStatus.REOPENED : LetterStatus.CLOSED;
    }

    void closed() {
        status = LetterStatus.CLOSED;
    }

    void redo() {
        status = LetterStatus.DISPATCHED;
        rating = null;
        ratedAt = null;
        ratingComment = null;
    }

    void publish(String subject, String content, String reply, LocalDateTime at) {
        published = true;
        publicSubject = subject;
        publicContent = content;
        publicReply = reply;
        publishedAt = at;
    }

    void unpublish() {
        published = false;
    }

    public Long id() { return id; }
    public String trackingCode() { return trackingCode; }
    public String passwordHash() { return passwordHash; }
    public LetterKind kind() { return kind; }
    public String subject() { return subject; }
    public String content() { return content; }
    public String writerName() { return writerName; }
    public String writerPhone() { return writerPhone; }
    public String writerEmail() { return writerEmail; }
    public boolean consentToPublish() { return consentToPublish; }
    public String attachmentName() { return attachmentName; }
    public String attachmentStored() { return attachmentStored; }
    public String attachmentType() { return attachmentType; }
    public Long attachmentSize() { return attachmentSize; }
    public LetterStatus status() { return status; }
    public String screeningReasons() { return screeningReasons; }
    public Long duplicateOf() { return duplicateOf; }
    public long fingerprint() { return fingerprint; }
    public LocalDateTime receivedAt() { return receivedAt; }
    public String unitCode() { return unitCode; }
    public LocalDateTime dispatchedAt() { return dispatchedAt; }
    public String dispatchedByName() { return dispatchedByName; }
    public String replyDraft() { return replyDraft; }
    public int replyRevision() { return replyRevision; }
    public String replyHash() { return replyHash; }
    public String draftedBy() { return draftedBy; }
    public String draftedByName() { return draftedByName; }
    public String reply() { return reply; }
    public LocalDateTime repliedAt() { return repliedAt; }
    public Integer extensionDays() { return extensionDays; }
    public String extensionReason() { return extensionReason; }
    public String clarificationRequest() { return clarificationRequest; }
    public Rating rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public LocalDateTime ratedAt() { return ratedAt; }
    public boolean published() { return published; }
    public String publicSubject() { return publicSubject; }
    public String publicContent() { return publicContent; }
    public String publicReply() { return publicReply; }
    public LocalDateTime publishedAt() { return publishedAt; }
}
