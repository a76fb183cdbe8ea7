package cn.tianshan.deadline;

/** The reminder and the escalation ladder of REQUIREMENTS §4: handler → unit head → leader in charge → site office. */
public enum Rung {
    REMINDER("到期提醒（承办人）"),
    HANDLER_AND_HEAD("已超期：承办人及单位负责人"),
    LEADER("超期上报：分管厅领导"),
    SITE_OFFICE("严重超期：厅网站主管处室");

    private final String label;

    Rung(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
