package cn.tianshan.registry;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class RegistryRepositories {

    private RegistryRepositories() {
    }

    @ApplicationScoped
    static class FilingRepository implements PanacheRepositoryBase<ManagerFiling, Long> {
        List<ManagerFiling> recent() {
            return find("", Sort.descending("id")).page(0, 200).list();
        }

        List<ManagerFiling> ofUnit(String unitCode) {
            return find("unitCode", Sort.descending("id"), unitCode).page(0, 200).list();
        }

        Optional<ManagerFiling> lock(long id) {
            return RowLocks.lock(getEntityManager(), ManagerFiling.class, "site_manager_filing", id);
        }
    }

    @ApplicationScoped
    static class ManagerRepository implements PanacheRepositoryBase<SiteManager, Long> {
        List<SiteManager> effectiveOn(LocalDate day) {
            return list("effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)",
                    Sort.ascending("unitCode", "category", "subjectName"), day);
        }

        /** Every row of a place, locked for the rest of the transaction (two signatures never interleave). */
        List<SiteManager> lockAll(String unitCode, String subjectKey) {
            @SuppressWarnings("unchecked")
            List<Number> ids = getEntityManager().createNativeQuery("SELECT id FROM site_manager WHERE unit_code = ?1 "
                    + "AND subject_key = ?2 FOR UPDATE").setParameter(1, unitCode)
                    .setParameter(2, subjectKey).getResultList();
            return ids.stream().map(id -> findById(id.longValue())).toList();
        }

        List<SiteManager> historyOf(String unitCode) {
            return list("unitCode", Sort.ascending("subjectKey", "effectiveFrom", "id"), unitCode);
        }
    }
}
