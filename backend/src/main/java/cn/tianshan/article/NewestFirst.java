package cn.tianshan.article;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A native query over published articles (aliased {@code i}) built from optional filters, newest first by
 * (first publication, id) and keyset-paged: it fetches one row more than the page, so the caller knows if another
 * page follows.
 */
final class NewestFirst {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    NewestFirst(String select, Object... parameters) {
        this.sql = new StringBuilder(select);
        this.parameters.addAll(Arrays.asList(parameters));
    }

    NewestFirst and(String clause, Object... values) {
        sql.append(" AND ").append(clause);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    /** Continues after the row {@code cursor} (from the {@code parameter} of the request) names, if any. */
    NewestFirst after(String parameter, String cursor) {
        if (cursor == null) {
            return this;
        }
        Cursor c = Cursor.decode(parameter, cursor);
        return and("(i.first_published_at < ? OR (i.first_published_at = ? AND i.id < ?))", c.publishedAt(), c.publishedAt(),
                c.articleId());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em, int size) {
        var query = em.createNativeQuery(sql + " ORDER BY i.first_published_at DESC, i.id DESC LIMIT " + (size + 1));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }
}
