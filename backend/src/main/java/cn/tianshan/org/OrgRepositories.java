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
    static class LeaderTermRepository implements PanacheRepositoryBase<LeaderTerm, Long> {
        /** The term in force on {@code day}: the latest start not after it, the latest written on a tie. */
        Optional<LeaderTerm> on(String unitCode, java.time.LocalDate day) {
            return find("unitCode = ?1 and validFrom <= ?2", Sort.descending("validFrom", "id"), unitCode, day)
                    .firstResultOptional();
        }

        /** Terms that start after {@code day}, soonest first; of two on one day the later written (which is the one in force) first. */
        List<LeaderTerm> after(String unitCode, java.time.LocalDate day) {
            return list("unitCode = ?1 and validFrom > ?2", Sort.ascending("validFrom").and("id", Sort.Direction.Descending),
                    unitCode, day);
        }

        List<LeaderTerm> history(String unitCode) {
            return list("unitCode", Sort.ascending("validFrom", "id"), unitCode);
        }
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
