package cn.tianshan.article;

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
        em.createNativeQuery("INSERT INTO article_index_sequence (year, last_value) VALUES (?1, 0) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value").setParameter(1, year).executeUpdate();
        int last = ((Number) em.createNativeQuery("SELECT last_value FROM article_index_sequence WHERE year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult()).intValue();
        em.createNativeQuery("UPDATE article_index_sequence SET last_value = ?1 WHERE year = ?2")
                .setParameter(1, last + 1).setParameter(2, year).executeUpdate();
        return format(pattern, prefix, year, last + 1);
    }

    static String format(String pattern, String prefix, int year, int seq) {
        return pattern.replace("{prefix}", prefix).replace("{year}", Integer.toString(year))
                .replace("{seq}", String.format("%05d", seq));
    }
}
