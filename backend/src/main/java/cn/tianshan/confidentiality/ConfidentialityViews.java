package cn.tianshan.confidentiality;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ConfidentialityViews {

    private ConfidentialityViews() {
    }

    public record OpinionView(long id, ConfidentialityOpinion.Role role, String roleLabel, Opinion opinion, String opinionLabel,
                              String note, String username, String name, LocalDateTime givenAt,
                              @Schema(description = "Whether this opinion is the one the form stands on now (a later one replaces it; a new staff opinion replaces the leader's)")
                              boolean current) {
    }

    /** Every field of the Annex 5 form, for the screen and for printing, with every opinion ever given on it. */
    public record ReviewView(Long id, String serial, long articleId, long revisionId, int revisionNumber, String revisionHash,
                             boolean forCurrentRevision, String department, String articleTitle, Origin origin,
                             String originLabel, String sourceName, PublicationForm publicationForm,
                             String publicationFormLabel, String publicationFormOther,
                             @Schema(description = "The staff opinion the form stands on now") OpinionView staff,
                             @Schema(description = "The leader opinion the form stands on now (given on the current staff opinion)") OpinionView leader,
                             @Schema(description = "Every opinion given on this form, oldest first") List<OpinionView> opinions,
                             @Schema(description = "The leader in charge of the article's unit, who signs the leader opinion") String responsibleLeader,
                             String handlerName, LocalDateTime handledAt, boolean agreed,
                             @Schema(description = "What the form waits for, naming who, when it is not yet agree/agree") String waitingFor,
                             List<String> allowed) {
    }

    public record OpinionCommand(@NotNull Long articleId,
                                 @NotNull @Schema(description = "The revision the reviewer read; a 409 when the article changed since") Long revisionId,
                                 @NotNull Opinion opinion,
                                 @Size(max = 500) String note) {
    }
}
