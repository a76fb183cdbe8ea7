package cn.tianshan.mailbox;

/** What a letter is (REQUIREMENTS §4). */
public enum LetterKind {
    COMPLAINT("投诉"), CONSULTATION("咨询"), SUGGESTION("建议"), PROBLEM("反映问题");

    private final String label;

    LetterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
