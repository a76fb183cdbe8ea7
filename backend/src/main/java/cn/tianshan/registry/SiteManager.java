package cn.tianshan.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A registry row: this person managed this place of the unit from one day until another (open: still does). */
@Entity
@Table(name = "site_manager")
public class SiteManager {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private ManagerCategory category;
    private String subjectKey;
    private String subjectName;
    private String managerUsername;
    private String managerName;
    private String officePhone;
    private String mobile;
    private String email;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private long filingId;

    protected SiteManager() {
    }

    static SiteManager of(String unitCode, ManagerEntry e, LocalDate from, long filingId) {
        SiteManager m = new SiteManager();
        m.unitCode = unitCode;
        m.category = e.category();
        m.subjectKey = e.subjectKey();
        m.subjectName = e.subjectName();
        m.managerUsername = e.managerUsername();
        m.managerName = e.managerName();
        m.officePhone = e.officePhone();
        m.mobile = e.mobile();
        m.email = e.email();
        m.effectiveFrom = from;
        m.filingId = filingId;
        return m;
    }

    /** A successor takes over from {@code from}: this row ends the day before. */
    void supersededFrom(LocalDate from) {
        effectiveTo = from.minusDays(1);
    }

    public boolean effectiveOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public ManagerCategory category() {
        return category;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String subjectName() {
        return subjectName;
    }

    public String managerUsername() {
        return managerUsername;
    }

    public String managerName() {
        return managerName;
    }

    public String officePhone() {
        return officePhone;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public long filingId() {
        return filingId;
    }
}
