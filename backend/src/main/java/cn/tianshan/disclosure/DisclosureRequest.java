package cn.tianshan.disclosure;

import cn.tianshan.disclosure.DisclosureEnums.ApplicantType;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryForm;
import cn.tianshan.disclosure.DisclosureEnums.DeliveryMethod;
import cn.tianshan.disclosure.DisclosureEnums.ExtensionStatus;
import cn.tianshan.disclosure.DisclosureEnums.ReplyType;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A request for disclosure, from receipt to archive. Changed only under its row lock. */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingCode;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private ApplicantType applicantType;
    private String applicantName;
    private String idKind;
    private String idNumber;
    private String contactName;
    private String phone;
    private String email;
    private String address;
    private String postalCode;
    private String description;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private DeliveryForm deliveryForm;
    @Enumerated(EnumType.STRING)
    private DeliveryMethod deliveryMethod;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private String sourceAddress;
    private LocalDateTime receivedAt;
    private String unitCode;
    private String unitOpinion;
    private String correctionNote;
    private String supplement;
    private Integer extensionDays;
    private String extensionReason;
    @Enumerated(EnumType.STRING)
    private ExtensionStatus extensionStatus;
    @Enumerated(EnumType.STRING)
    private ReplyType replyType;
    private String legalGround;
    private String replyText;
    private String replyDocumentName;
    private String replyDocumentStored;
    private LocalDateTime repliedAt;
    private String repliedByName;
    private String deliveryRecord;
    private LocalDate deliveredOn;
    private LocalDateTime archivedAt;

    protected DisclosureRequest() {
    }

    record Application(ApplicantType applicantType, String applicantName, String idKind, String idNumber, String contactName,
                       String phone, String email, String address, String postalCode, String description, String purpose,
                       DeliveryForm deliveryForm, DeliveryMethod deliveryMethod) {
    }

    static DisclosureRequest received(Application a, String trackingCode, String passwordHash, String sourceAddress, LocalDateTime at) {
        DisclosureRequest r = new DisclosureRequest();
        r.applicantType = a.applicantType();
        r.applicantName = a.applicantName();
        r.idKind = a.idKind();
        r.idNumber = a.idNumber();
        r.contactName = a.contactName();
        r.phone = a.phone();
        r.email = a.email();
        r.address = a.address();
        r.postalCode = a.postalCode();
        r.description = a.description();
        r.purpose = a.purpose();
        r.deliveryForm = a.deliveryForm();
        r.deliveryMethod = a.deliveryMethod();
        r.trackingCode = trackingCode;
        r.passwordHash = passwordHash;
        r.sourceAddress = sourceAddress;
        r.receivedAt = at;
        r.status = RequestStatus.SUBMITTED;
        return r;
    }

    void registered(String unitCode) {
        this.unitCode = unitCode;
        this.status = RequestStatus.HANDLING;
    }

    void correctionRequested(String note) {
        correctionNote = note;
        status = RequestStatus.AWAITING_CORRECTION;
    }

    void supplemented(String text) {
        supplement = text;
        status = RequestStatus.SUBMITTED;
    }

    void opinion(String text) {
        unitOpinion = text;
    }

    void extensionRequested(int days, String reason) {
        extensionDays = days;
        extensionReason = reason;
        extensionStatus = ExtensionStatus.REQUESTED;
    }

    void extensionDecided(boolean approved) {
        extensionStatus = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
    }

    void thirdParty(boolean consulting) {
        status = consulting ? RequestStatus.THIRD_PARTY : RequestStatus.HANDLING;
    }

    void replied(ReplyType type, String ground, String text, String byName, LocalDateTime at) {
        replyType = type;
        legalGround = ground;
        replyText = text;
        repliedByName = byName;
        repliedAt = at;
        status = RequestStatus.REPLIED;
    }

    void replyDocument(String name, String stored) {
        replyDocumentName = name;
        replyDocumentStored = stored;
    }

    void delivered(String record, LocalDate on, LocalDateTime at) {
        deliveryRecord = record;
        deliveredOn = on;
        archivedAt = at;
        status = RequestStatus.ARCHIVED;
    }

    public Long id() { return id; }
    public String trackingCode() { return trackingCode; }
    public String passwordHash() { return passwordHash; }
    public ApplicantType applicantType() { return applicantType; }
    public String applicantName() { return applicantName; }
    public String idKind() { return idKind; }
    public String idNumber() { return idNumber; }
    public String contactName() { return contactName; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String address() { return address; }
    public String postalCode() { return postalCode; }
    public String description() { return description; }
    public String purpose() { return purpose; }
    public DeliveryForm deliveryForm() { return deliveryForm; }
    public DeliveryMethod deliveryMethod() { return deliveryMethod; }
    public RequestStatus status() { return status; }
    public LocalDateTime receivedAt() { return receivedAt; }
    public String unitCode() { return unitCode; }
    public String unitOpinion() { return unitOpinion; }
    public String correctionNote() { return correctionNote; }
    public String supplement() { return supplement; }
    public Integer extensionDays() { return extensionDays; }
    public String extensionReason() { return extensionReason; }
    public ExtensionStatus extensionStatus() { return extensionStatus; }
    public ReplyType replyType() { return replyType; }
    public String legalGround() { return legalGround; }
    public String replyText() { return replyText; }
    public String replyDocumentName() { return replyDocumentName; }
    public String replyDocumentStored() { return replyDocumentStored; }
    public LocalDateTime repliedAt() { return repliedAt; }
    public String repliedByName() { return repliedByName; }
    public String deliveryRecord() { return deliveryRecord; }
    public LocalDate deliveredOn() { return deliveredOn; }
    public LocalDateTime archivedAt() { return archivedAt; }
}
