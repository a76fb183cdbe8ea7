package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import java.util.List;
import java.util.Optional;

/**
 * A kind of {@link ReviewedDocument} on the review engine: its chain is the one stored under its type, approvals are
 * bound to its revision, a rejection or a withdrawal gives it back to its author. Each kind says what its last
 * approval does. Kinds are {@code @Singleton} beans: a client proxy would need a no-argument constructor.
 */
public abstract class DocumentReview<D extends ReviewedDocument> implements ReviewSubject {

    private final String type;
    private final String label;
    private final String consoleBase;
    private final ReviewChains chains;

    protected DocumentReview(String type, String label, String consoleBase, ReviewChains chains) {
        this.type = type;
        this.label = label;
        this.consoleBase = consoleBase;
        this.chains = chains;
    }

    /** The document as stored now, if it exists. */
    protected abstract Optional<D> find(long id);

    /** Takes the document's row lock. */
    protected abstract Optional<D> lockRow(long id);

    /** The last approval: publish it (and tell whoever needs to know). */
    protected abstract void publish(D document);

    @Override
    public String type() {
        return type;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String consolePath(long id) {
        return consoleBase + id;
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        D d = document(id);
        return new SubjectSnapshot(label + "：" + d.title(), d.unitCode(), d.unitCode(), null, (long) d.revision(), d.contentHash(),
                d.createdAt().toLocalDate(), null);
    }

    @Override
    public long chainId(long id) {
        return chains.idOf(type).orElseThrow(() -> ProblemException.conflict("缺少“" + label + "”的审核流程"));
    }

    @Override
    public void lock(long id) {
        lockRow(id).orElseThrow(() -> ProblemException.notFound(label, id));
    }

    @Override
    public void approved(long id) {
        publish(document(id));
    }

    @Override
    public void returned(long id, String reason) {
        document(id).returned();
    }

    @Override
    public void cancelled(long id) {
        document(id).cancelled();
    }

    @Override
    public List<String> concerned(long id) {
        return List.of(document(id).createdBy());
    }

    private D document(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound(label, id));
    }
}
