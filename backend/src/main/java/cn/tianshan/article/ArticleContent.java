package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.common.hash.Sha256;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The content of one revision; its hash is what approvals are bound to. The body is already sanitised. */
public record ArticleContent(ArticleKind kind, LocalDate infoDate, boolean important, LocalDateTime scheduledAt, String title,
                          String subtitle, String summary, String body, List<Long> columnIds, List<Long> attachmentIds,
                          Long coverAttachmentId, Origin origin, String sourceName, String sourceUrl,
                          PublicationForm publicationForm, String publicationFormOther, String documentNumber,
                          Validity validity, Long interpretsArticleId, ServiceGuide guide) {

    /**
     * SHA-256 over every field, each written with its length, so no two contents share a hash. A guide's elements
     * come last and only when there is a guide, so the contents saved before guides existed keep their hashes.
     */
    public String hash() {
        List<String> fields = new ArrayList<>(List.of(Objects.toString(kind), Objects.toString(infoDate), Boolean.toString(important),
                Objects.toString(scheduledAt), Objects.toString(title), Objects.toString(subtitle),
                Objects.toString(summary), Objects.toString(body), columnIds.toString(), attachmentIds.toString(),
                Objects.toString(coverAttachmentId), Objects.toString(origin), Objects.toString(sourceName),
                Objects.toString(sourceUrl), Objects.toString(publicationForm), Objects.toString(publicationFormOther),
                Objects.toString(documentNumber), Objects.toString(validity), Objects.toString(interpretsArticleId)));
        if (guide != null) {
            fields.addAll(guide.fields());
        }
        return Sha256.ofFields(fields);
    }
}
