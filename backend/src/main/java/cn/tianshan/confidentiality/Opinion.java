package cn.tianshan.confidentiality;

/** 同意 / 不同意 on the Annex 5 form. */
public enum Opinion {
    AGREE("同意"), DISAGREE("不同意");

    private final String label;

    Opinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
