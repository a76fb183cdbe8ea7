package cn.tianshan.registry;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/** One line of a filing: who manages one place of the unit, and how to reach them. */
@Embeddable
public class ManagerEntry {

    @Enumerated(EnumType.STRING)
    private ManagerCategory category;
    private String subjectKey;
    private String subjectName;
    private String managerUsername;
    private String managerName;
    private String officePhone;
    private String mobile;
    private String email;

    protected ManagerEntry() {
    }

    ManagerEntry(ManagerCategory category, String subjectKey, String subjectName, String managerUsername, String managerName,
                 String officePhone, String mobile, String email) {
        this.category = category;
        this.subjectKey = subjectKey;
        this.subjectName = subjectName;
        this.managerUsername = managerUsername;
        this.managerName = managerName;
        this.officePhone = officePhone;
        this.mobile = mobile;
        this.email = email;
    }

    List<String> fields() {
        return Arrays.asList(category.name(), subjectKey, subjectName, managerUsername, managerName, officePhone, mobile,
                email);
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
}
