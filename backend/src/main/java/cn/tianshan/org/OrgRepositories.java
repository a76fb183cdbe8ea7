package cn.tianshan.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

final class OrgRepositories {

    private OrgRepositories() {
    }

    @ApplicationScoped
    static class UnitRepository implements PanacheRepositoryBase<Unit, String> {
        List<Unit> allActive() {
            return list("active = true", Sort.ascending("sortOrder", "code"));
        }
    }

    @ApplicationScoped
    static class DutyRepository implements PanacheRepositoryBase<Duty, String> {
        List<Duty> all() {
            return listAll(Sort.ascending("sortOrder"));
        }
    }

    @ApplicationScoped
    static class LeaderAssignmentRepository implements PanacheRepositoryBase<LeaderAssignment, String> {
    }

    @ApplicationScoped
    static class DutyAssignmentRepository implements PanacheRepositoryBase<DutyAssignment, Long> {
        Optional<DutyAssignment> current(String dutyCode) {
            return find("dutyCode = ?1 and validTo is null", dutyCode).firstResultOptional();
        }

        List<DutyAssignment> currentAll() {
            return list("validTo is null");
        }

        List<DutyAssignment> history(String dutyCode) {
            return list("dutyCode", Sort.descending("validFrom", "id"), dutyCode);
        }
    }
}
