package cn.tianshan.topic;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

final class TopicRepositories {

    private TopicRepositories() {
    }

    @ApplicationScoped
    static class ApplicationRepository implements PanacheRepositoryBase<TopicColumnApplication, Long> {
        List<TopicColumnApplication> recent() {
            return find("", Sort.descending("id")).page(0, 200).list();
        }

        List<TopicColumnApplication> ofUnit(String unitCode) {
            return find("applicantUnit", Sort.descending("id"), unitCode).page(0, 200).list();
        }

        Optional<TopicColumnApplication> lock(long id) {
            return RowLocks.lock(getEntityManager(), TopicColumnApplication.class, "topic_column_application", id);
        }
    }
}
