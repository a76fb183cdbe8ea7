package cn.tianshan.confidentiality;

import cn.tianshan.common.persistence.YearlySequences;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

final class ConfidentialityRepositories {

    private ConfidentialityRepositories() {
    }

    @ApplicationScoped
    static class ReviewRepository implements PanacheRepositoryBase<ConfidentialityReview, Long> {
        Optional<ConfidentialityReview> forRevision(long revisionId) {
            return find("revisionId", revisionId).firstResultOptional();
        }

        List<ConfidentialityReview> ofArticle(long articleId) {
            return list("articleId", Sort.descending("id"), articleId);
        }

        List<ConfidentialityReview> ofYear(int year) {
            return list("serialYear", Sort.ascending("serialNo"), year);
        }

        /** The next serial number of the year's register, taken under a row lock so two forms never share one. */
        int nextSerial(int year) {
            return YearlySequences.next(getEntityManager(), "confidentiality_sequence", year);
        }
    }

    @ApplicationScoped
    static class OpinionRepository implements PanacheRepositoryBase<ConfidentialityOpinion, Long> {
        List<ConfidentialityOpinion> of(long reviewId) {
            return list("reviewId", Sort.ascending("id"), reviewId);
        }
    }
}
