package cn.tianshan.registry;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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

/** A unit's Annex 1 filing: the managers it names from a day on, signed by its head before it takes effect. */
@Entity
@Table(name = "site_manager_filing")
public class ManagerFiling {

    public enum Status {
        PENDING("待单位负责人签字"), SIGNED("已签字生效"), RETURNED("已退回"), CANCELLED("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private LocalDate effectiveFrom;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_manager_filing_entry", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "position")
    private List<ManagerEntry> entries = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Status status;
    private int revision;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime signedAt;
    private boolean signedOnPaper;

    protected ManagerFiling() {
    }

    static ManagerFiling submitted(String unitCode, LocalDate from, List<ManagerEntry> entries, String by, String byName,
                                   LocalDateTime at) {
        ManagerFiling filing = new ManagerFiling();
        filing.unitCode = unitCode;
        filing.fill(from, entries);
        filing.status = Status.PENDING;
        filing.revision = 1;
        filing.createdBy = by;
        filing.createdByName = byName;
        filing.createdAt = at;
        filing.updatedAt = at;
        return filing;
    }

    /** The technical department enters a paper Annex 1 its unit head signed and sealed: in force at once. */
    static ManagerFiling fromSignedPaper(String unitCode, LocalDate from, List<ManagerEntry> entries, String by, String byName,
                                         LocalDateTime at) {
        ManagerFiling filing = submitted(unitCode, from, entries, by, byName, at);
        filing.status = Status.SIGNED;
        filing.signedAt = at;
        filing.signedOnPaper = true;
        return filing;
    }

    void revise(LocalDate from, List<ManagerEntry> newEntries, LocalDateTime at) {
        if (status != Status.RETURNED && status != Status.CANCELLED) {
            throw ProblemException.conflict("备案" + status.label() + "，只有被退回或已撤回的备案可以修改");
        }
        String before = contentHash;
        fill(from, newEntries);
        if (!contentHash.equals(before)) {
            revision++;
        }
        status = Status.PENDING;
        updatedAt = at;
    }

    void signed(LocalDateTime at) {
        require();
        status = Status.SIGNED;
        signedAt = at;
    }

    void returned() {
        require();
        status = Status.RETURNED;
    }

    void cancelled() {
        require();
        status = Status.CANCELLED;
    }

    private void require() {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("此备案" + status.label() + "，不能再变更");
        }
    }

    private void fill(LocalDate from, List<ManagerEntry> newEntries) {
        effectiveFrom = from;
        entries.clear();
        entries.addAll(newEntries);
        List<String> fields = new ArrayList<>(List.of(from.toString()));
        newEntries.forEach(e -> fields.addAll(e.fields()));
        contentHash = Sha256.ofFields(fields);
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public List<ManagerEntry> entries() {
        return entries;
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

    public LocalDateTime signedAt() {
        return signedAt;
    }

    public boolean signedOnPaper() {
        return signedOnPaper;
    }
}
