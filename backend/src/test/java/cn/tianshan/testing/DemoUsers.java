package cn.tianshan.testing;

/** The people of deploy/keycloak/tianshan-realm.json (and the test overlay) the tests act as. */
public final class DemoUsers {

    /** editor of 公路事业发展中心 (affiliated unit GLFZZX). */
    public static final String EDITOR_AFFILIATED = "zhang.wei";
    /** unit head of GLFZZX. */
    public static final String UNIT_HEAD_AFFILIATED = "wang.qiang";
    /** editor of 政策法规处 (department ZCFGC). */
    public static final String EDITOR_DEPARTMENT = "li.na";
    /** unit head of ZCFGC. */
    public static final String UNIT_HEAD_DEPARTMENT = "zhao.min";
    /** dept-reviewer of ZCFGC. */
    public static final String DEPT_REVIEWER = "liu.yang";
    public static final String NEWS_EDITOR = "ma.li";
    public static final String NEWS_HEAD = "xu.gang";
    /** dept-reviewer of the news centre (XJZX): the last step of the news chain. */
    public static final String NEWS_REVIEWER = "lin.xue";
    /** The leader in charge of 厅办公室, 政策法规处, 宣传教育中心 and 公路事业发展中心. */
    public static final String LEADER = "chen.jun";
    /** The leader in charge of the other units (综合规划处, 安全监督处 …). */
    public static final String OTHER_LEADER = "yang.fan";
    public static final String SITE_OFFICE = "sun.li";
    public static final String SECRECY_REVIEWER = "wu.hua";
    public static final String TECH_OPS = "zhou.tao";
    /** mailbox handler of 安全监督处 (AQJDC). */
    public static final String MAILBOX_HANDLER = "zheng.hao";
    /** unit head of AQJDC: approves its replies to letters. */
    public static final String MAILBOX_HEAD = "song.yu";
    /** mailbox handler of 公路事业发展中心 (GLFZZX). */
    public static final String MAILBOX_HANDLER_AFFILIATED = "tang.jie";
    public static final String AUDITOR = "qian.jing";
    public static final String SECURITY_ADMIN = "feng.lei";
    public static final String SYS_ADMIN = "he.bin";
    /** Test realm only: holds editor and sys-admin, so separation of duties must withhold editor. */
    public static final String DUAL_ROLE = "dual.role";
    /** Test realm only: an editor whose account the lockout test locks. */
    public static final String LOCKOUT_PROBE = "lockout.probe";
    /** Test realm only: editor and unit head of GLFZZX, to prove the submitter never approves. */
    public static final String EDITOR_AND_HEAD = "editor.head";
    /** Test realm only: editor of 安全监督处 (AQJDC). */
    public static final String EDITOR_SAFETY = "editor.aqjdc";
    /** Test realm only: unit head of ZCFGC and a leader, to prove one person approves one step. */
    public static final String HEAD_AND_LEADER = "head.leader";

    private DemoUsers() {
    }
}
