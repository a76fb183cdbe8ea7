package cn.tianshan.common.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of REQUIREMENTS §1. Unit-scoped roles act only inside the holder's own unit; the three
 * administrator roles of 等级保护 level 3 are kept apart from content and from each other.
 */
public enum Role {
    EDITOR(Names.EDITOR, "信息员/联络员", true, false),
    UNIT_HEAD(Names.UNIT_HEAD, "单位负责人", true, false),
    DEPT_REVIEWER(Names.DEPT_REVIEWER, "厅相关处室负责人", true, false),
    LEADER(Names.LEADER, "厅分管领导", false, false),
    SITE_OFFICE(Names.SITE_OFFICE, "厅网站主管处室", false, false),
    TECH_OPS(Names.TECH_OPS, "技术部门", false, false),
    SECRECY_REVIEWER(Names.SECRECY_REVIEWER, "保密审查", false, false),
    MAILBOX_HANDLER(Names.MAILBOX_HANDLER, "信箱承办人", true, false),
    AUDITOR(Names.AUDITOR, "审计管理员", false, true),
    SECURITY_ADMIN(Names.SECURITY_ADMIN, "安全管理员", false, true),
    SYS_ADMIN(Names.SYS_ADMIN, "系统管理员", false, true),
    INTEGRATION(Names.INTEGRATION, "第三方集成", false, false);

    /** Constants for annotations such as {@code @RolesAllowed(Role.Names.SITE_OFFICE)}. */
    public static final class Names {
        public static final String EDITOR = "editor";
        public static final String UNIT_HEAD = "unit-head";
        public static final String DEPT_REVIEWER = "dept-reviewer";
        public static final String LEADER = "leader";
        public static final String SITE_OFFICE = "site-office";
        public static final String TECH_OPS = "tech-ops";
        public static final String SECRECY_REVIEWER = "secrecy-reviewer";
        public static final String MAILBOX_HANDLER = "mailbox-handler";
        public static final String AUDITOR = "auditor";
        public static final String SECURITY_ADMIN = "security-admin";
        public static final String SYS_ADMIN = "sys-admin";
        public static final String INTEGRATION = "integration";
        /** Added by {@link RoleSeparationAugmentor} to anyone holding an effective role other than integration. */
        public static final String STAFF = "staff";
        /** Added to anyone holding an effective content role: every staff role but the three administrators. */
        public static final String CONTENT = "content";

        private Names() {
        }
    }

    private final String wireName;
    private final String label;
    private final boolean unitScoped;
    private final boolean administrator;

    Role(String wireName, String label, boolean unitScoped, boolean administrator) {
        this.wireName = wireName;
        this.label = label;
        this.unitScoped = unitScoped;
        this.administrator = administrator;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public boolean unitScoped() {
        return unitScoped;
    }

    public boolean administrator() {
        return administrator;
    }

    /** Staff roles are every role a person working on the site holds (not integration, not administrators). */
    public boolean staff() {
        return !administrator && this != INTEGRATION;
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
