package cn.tianshan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A unit (单位) of the Department; users belong to one through the {@code unit} claim of their token. */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private int sortOrder;
    private boolean active;
    private String contactPhone;
    private String contactAddress;
    private LocalDateTime updatedAt;
    private String updatedBy;

    protected Unit() {
    }

    void changeContact(String phone, String address, String by, LocalDateTime at) {
        this.contactPhone = phone;
        this.contactAddress = address;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactAddress() {
        return contactAddress;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
