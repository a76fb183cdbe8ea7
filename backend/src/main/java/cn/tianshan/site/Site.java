package cn.tianshan.site;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The main site or a topic site (专题网站), owned by a unit. */
@Entity
@Table(name = "site")
public class Site {

    public enum Kind { MAIN, TOPIC }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private String ownerUnit;
    private String description;
    private boolean active;
    private int sortOrder;

    protected Site() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
