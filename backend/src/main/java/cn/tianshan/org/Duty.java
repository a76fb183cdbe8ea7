package cn.tianshan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site-wide duty of Art. 5 (site authority, technical department, news centre, topic owners). */
@Entity
@Table(name = "org_duty")
public class Duty {

    /** The duty codes later features ask for. */
    public static final String SITE_AUTHORITY = "SITE_AUTHORITY";
    public static final String TECHNICAL_DEPARTMENT = "TECHNICAL_DEPARTMENT";
    public static final String NEWS_CENTRE = "NEWS_CENTRE";

    @Id
    private String code;
    private String name;
    private String description;
    private int sortOrder;

    protected Duty() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
