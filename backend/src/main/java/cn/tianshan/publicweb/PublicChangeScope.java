package cn.tianshan.publicweb;

import java.util.Set;

/**
 * Which cached answers a change to an article touches, as {@link RenderTags}: its own page, the columns it is
 * (or was) listed in, the policy list or the catalogue. Implemented by the feature that owns articles.
 */
public interface PublicChangeScope {

    Set<String> touchedBy(PublicChangeLog.Type type, long articleId, Long revisionId);
}
