package cn.tianshan.article;

import cn.tianshan.article.ArticleRepositories.AttachmentRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.ArticleViews.AttachmentView;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * An article's files: typed by their bytes, stored under generated names. An upload belongs to the article at
 * once; until a saved revision lists it, it is "pending", and the article cannot be submitted while any file is
 * pending — so no uploaded file is ever silently left out of what is published.
 */
@ApplicationScoped
class ArticleAttachments {

    private final AttachmentRepository attachments;
    private final RevisionRepository revisions;
    private final AttachmentStore store;
    private final ArticleAccess access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    ArticleAttachments(AttachmentRepository attachments, RevisionRepository revisions, AttachmentStore store,
                       ArticleAccess access, CurrentUser user, AuditTrail audit, Clock clock) {
        this.attachments = attachments;
        this.revisions = revisions;
        this.store = store;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    AttachmentView attach(Article article, String originalName, Path uploaded, long size) {
        access.requireEdit(article);
        if (size > store.maxSize()) {
            throw new ProblemException(413, "payload-too-large", "附件过大", "附件不能超过 " + store.maxSize() / (1024 * 1024) + " MB",
                    List.of(new FieldError("file", "附件过大")), null);
        }
        String name = safeName(originalName);
        AttachmentStore.Accepted stored = store.accept(name, uploaded);
        Attachment attachment = Attachment.of(article.id(), stored.name(), name, stored.mediaType(), size, stored.sha256(),
                user.username(), Timestamps.now(clock));
        attachments.persist(attachment);
        audit.target("article-attachment", article.id() + "/" + name);
        attachments.flush();
        return view(attachment, true);
    }

    /** Removes an upload no saved revision ever listed (a wrong file); listed files stay with the history. */
    @Transactional(Transactional.TxType.MANDATORY)
    void delete(Article article, long attachmentId) {
        access.requireEdit(article);
        Attachment attachment = find(article.id(), attachmentId);
        if (revisions.everListedAttachments(article.id()).contains(attachmentId)) {
            throw ProblemException.conflict("附件“" + attachment.originalName() + "”已保存在信息的修订版本中，不能删除；"
                    + "如不再需要，取消勾选后保存即可");
        }
        attachments.delete(attachment);
        audit.target("article-attachment", article.id() + "/" + attachment.originalName());
    }

    Articles.AttachmentFile file(Article article, long attachmentId) {
        access.requireRead(article);
        Attachment attachment = find(article.id(), attachmentId);
        return new Articles.AttachmentFile(attachment.originalName(), attachment.mediaType(), store.path(attachment.storedName()));
    }

    List<AttachmentView> views(Article article) {
        Set<Long> listed = revisions.everListedAttachments(article.id());
        return attachments.of(article.id()).stream().map(a -> view(a, !listed.contains(a.id()))).toList();
    }

    /** Names of uploads no saved revision lists yet. */
    List<String> pendingNames(Article article) {
        Set<Long> listed = revisions.everListedAttachments(article.id());
        List<Long> current = revisions.findById(article.currentRevisionId()).attachmentIds();
        return attachments.of(article.id()).stream().filter(a -> !listed.contains(a.id()) && !current.contains(a.id()))
                .map(Attachment::originalName).toList();
    }

    private Attachment find(long articleId, long attachmentId) {
        return attachments.findByIdOptional(attachmentId).filter(a -> a.articleId() == articleId)
                .orElseThrow(() -> ProblemException.notFound("附件", attachmentId));
    }

    static AttachmentView view(Attachment a, boolean pending) {
        return new AttachmentView(a.id(), a.originalName(), a.mediaType(), a.sizeBytes(), a.image(), a.sha256(), a.uploadedAt(),
                pending, "/api/public/attachments/" + a.id());
    }

    /** Keeps the original name for downloads, without paths or control characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        int dot = base.lastIndexOf('.');
        if (base.isEmpty() || dot <= 0 || dot == base.length() - 1) {
            throw ProblemException.invalid("file", "附件须有带扩展名的文件名，例如“通知.pdf”");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
