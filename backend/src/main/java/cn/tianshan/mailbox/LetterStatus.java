package cn.tianshan.mailbox;

/** Where a letter is in its handling. */
public enum LetterStatus {
    SCREENING("待人工甄别"),
    RECEIVED("待转办"),
    DISPATCHED("办理中"),
    AWAITING_WRITER("待来信人补充"),
    IN_APPROVAL("答复审核中"),
    ANSWERED("已答复"),
    REOPENED("不满意，待复核"),
    CLOSED("已办结"),
    INVALID("不予受理");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean answered() {
        return this == ANSWERED || this == CLOSED;
    }
}
