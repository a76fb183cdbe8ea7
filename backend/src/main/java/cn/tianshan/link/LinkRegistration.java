package cn.tianshan.link;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** 应用服务系统及其它网站链接审核登记表 (Annex 4): one non-government system or site a unit links to. */
@Entity
@Table(name = "link_registration")
public class LinkRegistration {

    public enum Status {
        PENDING("待审核"), APPROVED("已批准"), REJECTED("未通过"), REVOKED("已撤销"), EXPIRED("已到期"), CANCELLED("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Form(String unitCode, String systemName, String url, String host, String introduction, String contactName,
                String contactOfficePhone, String contactMobile, LocalDate expiresOn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String systemName;
    private String url;
    private String host;
    private String introduction;
    private String contactName;
    private String contactOfficePhone;
    private String contactMobile;
    private LocalDate expiresOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int revision;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime decidedAt;
    private LocalDate expiryRemindedFor;

    protected LinkRegistration() {
    }

    static LinkRegistration submitted(Form form, String by, String byName, LocalDateTime at) {
        LinkRegistration r = new LinkRegistration();
        r.unitCode = form.unitCode();
        r.fill(form);
        r.status = Status.PENDING;
        r.revision = 1;
        r.createdBy = by;
        r.createdByName = byName;
        r.createdAt = at;
        r.updatedAt = at;
        return r;
    }

    void revise(Form form, LocalDateTime at) {
        if (status != Status.REJECTED && status != Status.CANCELLED) {
            throw ProblemException.conflict("登记" + status.label() + "，只有未通过或已撤回的登记可以修改后重新提交");
        }
        String before = contentHash;
        fill(form);
        if (!contentHash.equals(before)) {
            revision++;
        }
        status = Status.PENDING;
        decidedAt = null;
        updatedAt = at;
    }

    void approved(LocalDateTime at) {
        require(Status.PENDING);
        status = Status.APPROVED;
        decidedAt = at;
    }

    void rejected(LocalDateTime at) {
        require(Status.PENDING);
        status = Status.REJECTED;
        decidedAt = at;
    }

    void cancelled(LocalDateTime at) {
        require(Status.PENDING);
        status = Status.CANCELLED;
        updatedAt = at;
    }

    void revoked(LocalDateTime at) {
        require(Status.APPROVED);
        status = Status.REVOKED;
        updatedAt = at;
    }

    void expired(LocalDateTime at) {
        require(Status.APPROVED);
        status = Status.EXPIRED;
        updatedAt = at;
    }

    void expiryReminded() {
        expiryRemindedFor = expiresOn;
    }

    boolean expiryRemindedAlready() {
        return expiresOn != null && expiresOn.equals(expiryRemindedFor);
    }

    private void require(Status expected) {
        if (status != expected) {
            throw ProblemException.conflict("此链接登记" + status.label() + "，不能再变更");
        }
    }

    private void fill(Form form) {
        systemName = form.systemName();
        url = form.url();
        host = form.host();
        introduction = form.introduction();
        contactName = form.contactName();
        contactOfficePhone = form.contactOfficePhone();
        contactMobile = form.contactMobile();
        expiresOn = form.expiresOn();
        contentHash = Sha256.ofFields(List.of(systemName, url, introduction, contactName, contactOfficePhone, contactMobile,
                String.valueOf(expiresOn)));
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public String systemName() {
        return systemName;
    }

    public String url() {
        return url;
    }

    public String host() {
        return host;
    }

    public String introduction() {
        return introduction;
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

    public LocalDate expiresOn() {
        return expiresOn;
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

    public LocalDateTime decidedAt() {
        return decidedAt;
    }
}
