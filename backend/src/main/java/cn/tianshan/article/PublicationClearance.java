package cn.tianshan.article;

import java.util.Optional;

/**
 * Whether a revision may go public as far as the confidentiality review is concerned (先审查、后公开).
 * Implemented by the confidentiality feature; asked before a government-affairs article is published.
 */
public interface PublicationClearance {

    /** Empty when cleared (an agree/agree review exists on this exact revision); otherwise why not. */
    Optional<String> blocker(long articleId, long revisionId, String revisionHash);

    /** The site office's step approved the revision: the review form records who handled it. */
    void handled(long articleId, long revisionId, String handlerUsername, String handlerName);
}
