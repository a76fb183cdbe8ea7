package cn.tianshan.article;

import cn.tianshan.site.ContentKinds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The article kinds a column can be set to accept, as the site feature asks for them. */
@ApplicationScoped
class ArticleKinds implements ContentKinds {

    @Override
    public Map<String, String> all() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(ArticleKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        return kinds;
    }
}
