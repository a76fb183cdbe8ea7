package cn.tianshan.confidentiality;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

public final class ConfidentialityViews {

    private ConfidentialityViews() {
    }

    /** Every field of the Annex 5 form, for the screen and for printing. */
    public record ReviewView(Long id, String serial, long articleId, long revisionId, String revisionHash, boolean forCurrentRevision,
                             String department, String articleTitle, Origin origin, String originLabel, String sourceName,
                             PublicationForm publicationForm, String publicationFormLabel, String publicationFormOther,
                             Opinion staffOpinion, String staffName, String staffNote, LocalDateTime staffAt,
                             Opinion leaderOpinion, String leaderName, String leaderNote, LocalDateTime leaderAt,
                             String handlerName, LocalDateTime handledAt, boolean agreed, List<String> allowed) {
    }

    public record OpinionCommand(@NotNull Opinion opinion, @Size(max = 500) String note) {
    }
}
