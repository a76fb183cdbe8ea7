package cn.tianshan.topic;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import cn.tianshan.site.UpdateClass;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 开设专题专栏申请表 (Annex 2). Each edit is a new revision with its own content hash: an opinion given to a
 * revision carries over to a resubmission only while the content is unchanged.
 */
@Entity
@Table(name = "topic_column_application")
public class TopicColumnApplication {

    public enum Status {
        IN_REVIEW("审核中"), RETURNED("已退回，待修改"), CANCELLED("已撤回"), APPROVED("已开设");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Embeddable
    public static class InnerColumn {
        private String name;
        @Enumerated(EnumType.STRING)
        private UpdateClass updateClass;
        private String ownerUnit;

        protected InnerColumn() {
        }

        InnerColumn(String name, UpdateClass updateClass, String ownerUnit) {
            this.name = name;
            this.updateClass = updateClass;
            this.ownerUnit = ownerUnit;
        }

        public String name() {
            return name;
        }

        public UpdateClass updateClass() {
            return updateClass;
        }

        public String ownerUnit() {
            return ownerUnit;
        }
    }

    /** The fields of the form, as the applicant fills them in. */
    record Form(String applicantUnit, String topicName, String topicUrl, String reason, LocalDate startsOn, LocalDate endsOn,
                String contactName, String contactOfficePhone, String contactMobile, List<InnerColumn> innerColumns) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String applicantUnit;
    private String topicName;
    private String topicUrl;
    private String reason;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String contactName;
    private String contactOfficePhone;
    private String contactMobile;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_column_application_column", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<InnerColumn> innerColumns = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Status status;
    private int revision;
    @Column(name = "content_hash")
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime approvedAt;
    private Long resultingColumnId;

    protected TopicColumnApplication() {
    }

    static TopicColumnApplication submitted(Form form, String by, String byName, LocalDateTime at) {
        TopicColumnApplication application = new TopicColumnApplication();
        application.fill(form);
        application.applicantUnit = form.applicantUnit();
        application.status = Status.IN_REVIEW;
        application.revision = 1;
        application.createdBy = by;
        application.createdByName = byName;
        application.createdAt = at;
        application.updatedAt = at;
        return application;
    }

    /** The applicant revises a returned or withdrawn application; it goes back into review at once. */
    void revise(Form form, LocalDateTime at) {
        if (status != Status.RETURNED && status != Status.CANCELLED) {
            throw ProblemException.conflict("申请" + status.label() + "，只有被退回或已撤回的申请可以修改");
        }
        String before = contentHash;
        fill(form);
        if (!contentHash.equals(before)) {
            revision++;
        }
        updatedAt = at;
    }

    void resubmitted(LocalDateTime at) {
        if (status != Status.RETURNED && status != Status.CANCELLED) {
            throw ProblemException.conflict("申请" + status.label() + "，不能重新提交");
        }
        status = Status.IN_REVIEW;
        updatedAt = at;
    }

    void returned() {
        requireInReview();
        status = Status.RETURNED;
    }

    void cancelled() {
        requireInReview();
        status = Status.CANCELLED;
    }

    void approved(long columnId, LocalDateTime at) {
        requireInReview();
        status = Status.APPROVED;
        resultingColumnId = columnId;
        approvedAt = at;
    }

    private void requireInReview() {
        if (status != Status.IN_REVIEW) {
            throw ProblemException.conflict("此专题专栏申请" + status.label() + "，不能再变更");
        }
    }

    private void fill(Form form) {
        topicName = form.topicName();
        topicUrl = form.topicUrl();
        reason = form.reason();
        startsOn = form.startsOn();
        endsOn = form.endsOn();
        contactName = form.contactName();
        contactOfficePhone = form.contactOfficePhone();
        contactMobile = form.contactMobile();
        innerColumns.clear();
        innerColumns.addAll(form.innerColumns());
        List<String> fields = new ArrayList<>(List.of(topicName, String.valueOf(topicUrl), reason, startsOn.toString(),
                endsOn.toString(), contactName, contactOfficePhone, contactMobile));
        innerColumns.forEach(c -> fields.addAll(List.of(c.name(), c.updateClass().name(), c.ownerUnit())));
        contentHash = Sha256.ofFields(fields);
    }

    Form form() {
        return new Form(applicantUnit, topicName, topicUrl, reason, startsOn, endsOn, contactName, contactOfficePhone,
                contactMobile, List.copyOf(innerColumns));
    }

    public Long id() {
        return id;
    }

    public String applicantUnit() {
        return applicantUnit;
    }

    public String topicName() {
        return topicName;
    }

    public String topicUrl() {
        return topicUrl;
    }

    public String reason() {
        return reason;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String contactName() {
        return contactName;
    }

    public String contactOfficePhone() {
        return contactOfficePhone;
    }

    public String contactMobile() {
        return contactMobile;
    }

    public List<InnerColumn> innerColumns() {
        return innerColumns;
    }

    public Status status() {
        return status;
    }

    public int revision() {
        return revision;
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

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public Long resultingColumnId() {
        return resultingColumnId;
    }
}
