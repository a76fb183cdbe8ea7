package cn.tianshan.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a chain (a Wagtail task): its name, who takes it, and what it requires. */
@Entity
@Table(name = "review_step")
public class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long chainId;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private StepResolver resolver;
    private boolean requiresProofread;
    private boolean requiresConfidentiality;
    private boolean retired;

    protected ReviewStep() {
    }

    static ReviewStep of(long chainId, int position, String name, StepResolver resolver, boolean proofread,
                         boolean confidentiality) {
        ReviewStep step = new ReviewStep();
        step.chainId = chainId;
        step.position = position;
        step.name = name;
        step.resolver = resolver;
        step.requiresProofread = proofread;
        step.requiresConfidentiality = confidentiality;
        return step;
    }

    void retire() {
        retired = true;
    }

    /** A task of a run belongs to this step when position and resolver match, so editing a chain keeps approvals. */
    boolean matches(ReviewTask task) {
        return task.position() == position && task.resolver() == resolver;
    }

    public Long id() {
        return id;
    }

    public long chainId() {
        return chainId;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public StepResolver resolver() {
        return resolver;
    }

    /** 三校: the reviewer confirms they proofread the text. */
    public boolean requiresProofread() {
        return requiresProofread;
    }

    /** 先审查、后公开: an agree/agree confidentiality review must exist on the revision. */
    public boolean requiresConfidentiality() {
        return requiresConfidentiality;
    }
}
