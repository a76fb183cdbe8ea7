package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.article.ArticleRepositories.AttachmentRepository;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.site.ColumnLifecycle;
import cn.tianshan.site.Sites;
import cn.tianshan.site.SiteViews.ColumnInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns an editor's command into checked, sanitised content, naming every field that is wrong. */
@ApplicationScoped
class ArticleContents {

    private final HtmlSanitizer sanitizer;
    private final Sites sites;
    private final ArticleRepository articles;
    private final AttachmentRepository attachments;
    private final Clock clock;

    ArticleContents(HtmlSanitizer sanitizer, Sites sites, ArticleRepository articles, AttachmentRepository attachments, Clock clock) {
        this.sanitizer = sanitizer;
        this.sites = sites;
        this.articles = articles;
        this.attachments = attachments;
        this.clock = clock;
    }

    ArticleContent from(ArticleCommand c, Long articleId) {
        List<FieldError> errors = new ArrayList<>();
        String body = sanitizer.sanitize(c.body());
        if (sanitizer.text(body).isBlank() && !body.contains("<img")) {
            errors.add(new FieldError("body", "the body has no text (after removing what is not allowed)"));
        }
        List<Long> columnIds = List.copyOf(new LinkedHashSet<>(c.columnIds()));
        for (int i = 0; i < columnIds.size(); i++) {
            Optional<ColumnInfo> column = sites.findColumn(columnIds.get(i), false);
            if (column.isEmpty() || column.get().lifecycle() == ColumnLifecycle.ARCHIVED) {
                errors.add(new FieldError("columnIds[" + i + "]", "no active column " + columnIds.get(i)));
            }
        }
        if (c.origin() == Origin.REPRINT && blank(c.sourceName())) {
            errors.add(new FieldError("sourceName", "a reprint names its source (转载注明来源)"));
        }
        if (!blank(c.sourceUrl()) && !c.sourceUrl().matches("https?://\\S+")) {
            errors.add(new FieldError("sourceUrl", "an http(s) address"));
        }
        if (c.publicationForm() == PublicationForm.OTHER && blank(c.publicationFormOther())) {
            errors.add(new FieldError("publicationFormOther", "say which other form"));
        }
        LocalDateTime now = Timestamps.now(clock);
        if (c.infoDate().isAfter(now.toLocalDate())) {
            errors.add(new FieldError("infoDate", "cannot be in the future"));
        }
        if (c.scheduledAt() != null && (!c.scheduledAt().isAfter(now) || c.scheduledAt().isAfter(now.plusYears(1)))) {
            errors.add(new FieldError("scheduledAt", "a scheduled publication lies in the future, within a year"));
        }
        if (c.kind() == ArticleKind.POLICY && blank(c.documentNumber())) {
            errors.add(new FieldError("documentNumber", "a policy document has a document number (文号)"));
        }
        if (c.kind() == ArticleKind.INTERPRETATION) {
            if (c.interpretsArticleId() == null) {
                errors.add(new FieldError("interpretsArticleId", "an interpretation names the policy it interprets"));
            } else if (articles.findByIdOptional(c.interpretsArticleId()).filter(p -> p.kind() == ArticleKind.POLICY).isEmpty()) {
                errors.add(new FieldError("interpretsArticleId", "no policy document " + c.interpretsArticleId()));
            }
        } else if (c.interpretsArticleId() != null) {
            errors.add(new FieldError("interpretsArticleId", "only an interpretation links to a policy"));
        }
        List<Long> attachmentIds = c.attachmentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.attachmentIds()));
        Map<Long, Attachment> own = articleId == null ? Map.of()
                : attachments.of(articleId).stream().collect(Collectors.toMap(Attachment::id, Function.identity()));
        for (int i = 0; i < attachmentIds.size(); i++) {
            if (!own.containsKey(attachmentIds.get(i))) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "not an attachment of this article"));
            }
        }
        if (c.coverAttachmentId() != null && (!attachmentIds.contains(c.coverAttachmentId())
                || !own.get(c.coverAttachmentId()).image())) {
            errors.add(new FieldError("coverAttachmentId", "the cover is one of the article's image attachments"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Validity validity = c.kind() == ArticleKind.POLICY ? (c.validity() == null ? Validity.CURRENT : c.validity()) : null;
        return new ArticleContent(c.kind(), c.infoDate(), c.important(), c.scheduledAt(), c.title().trim(), trimmed(c.subtitle()),
                trimmed(c.summary()), body, columnIds, attachmentIds, c.coverAttachmentId(), c.origin(),
                c.origin() == Origin.REPRINT ? trimmed(c.sourceName()) : null, trimmed(c.sourceUrl()), c.publicationForm(),
                c.publicationForm() == PublicationForm.OTHER ? trimmed(c.publicationFormOther()) : null,
                trimmed(c.documentNumber()), validity, c.interpretsArticleId());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
