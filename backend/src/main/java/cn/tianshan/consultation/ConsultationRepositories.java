package cn.tianshan.consultation;

import cn.tianshan.common.persistence.RowLocks;
import cn.tianshan.consultation.ConsultationEnums.CommentStatus;
import cn.tianshan.review.DraftStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

final class ConsultationRepositories {

    private ConsultationRepositories() {
    }

    @ApplicationScoped
    static class ConsultationRepository implements PanacheRepositoryBase<Consultation, Long> {

        Optional<Consultation> lock(long id) {
            return RowLocks.lock(getEntityManager(), Consultation.class, "consultation", id);
        }

        List<Consultation> ofUnit(String unitCode) {
            return unitCode == null ? listAll(Sort.descending("createdAt", "id")) : list("unitCode", Sort.descending("createdAt", "id"), unitCode);
        }

        List<Consultation> published() {
            return list("status", Sort.descending("opensAt", "id"), DraftStatus.PUBLISHED);
        }
    }

    @ApplicationScoped
    static class CommentRepository implements PanacheRepositoryBase<ConsultationComment, Long> {

        Optional<ConsultationComment> lock(long id) {
            return RowLocks.lock(getEntityManager(), ConsultationComment.class, "consultation_comment", id);
        }

        List<ConsultationComment> of(long consultationId) {
            return list("consultationId", Sort.ascending("id"), consultationId);
        }

        List<ConsultationComment> shown(long consultationId) {
            return list("consultationId = ?1 and status = ?2", Sort.ascending("id"), consultationId, CommentStatus.SHOWN);
        }

        long countOf(long consultationId) {
            return count("consultationId", consultationId);
        }

        /** Comments per consultation, in one query. */
        java.util.Map<Long, Long> countsOf(List<Long> consultationIds) {
            java.util.Map<Long, Long> counts = new java.util.HashMap<>();
            if (!consultationIds.isEmpty()) {
                getEntityManager().createQuery("select c.consultationId, count(c) from ConsultationComment c where c.consultationId in ?1 "
                                + "group by c.consultationId", Object[].class).setParameter(1, consultationIds).getResultList()
                        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
            }
            return counts;
        }
    }
}
