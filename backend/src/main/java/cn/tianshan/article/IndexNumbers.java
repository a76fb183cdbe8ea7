package cn.tianshan.article;

import cn.tianshan.common.persistence.YearlySequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 索引号, assigned at approval by a configurable rule: {@code tianshan.articles.index-number-pattern} with
 * {prefix} (the organisation's code), {year} and {seq} (a per-year sequence, five digits).
 */
@ApplicationScoped
class IndexNumbers {

    private final EntityManager em;
    private final String pattern;
    private final String prefix;

    IndexNumbers(EntityManager em, @ConfigProperty(name = "tianshan.articles.index-number-pattern") String pattern,
                 @ConfigProperty(name = "tianshan.articles.index-number-prefix") String prefix) {
        this.em = em;
        this.pattern = pattern;
        this.prefix = prefix;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    String next(int year) {
        return format(pattern, prefix, year, YearlySequences.next(em, "article_index_sequence", year));
    }

    static String format(String pattern, String prefix, int year, int seq) {
        return pattern.replace("{prefix}", prefix).replace("{year}", Integer.toString(year))
                .replace("{seq}", String.format("%05d", seq));
    }
}
