package cn.tianshan.link;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class LinkRepositories {

    private LinkRepositories() {
    }

    @ApplicationScoped
    static class RegistrationRepository implements PanacheRepositoryBase<LinkRegistration, Long> {
        List<LinkRegistration> recent() {
            return find("", Sort.descending("id")).page(0, 500).list();
        }

        List<LinkRegistration> ofUnit(String unitCode) {
            return find("unitCode", Sort.descending("id"), unitCode).page(0, 500).list();
        }

        List<String> approvedHosts(LocalDate today) {
            return find("select distinct host from LinkRegistration where status = ?1 and (expiresOn is null or expiresOn >= ?2)",
                    LinkRegistration.Status.APPROVED, today).project(String.class).list();
        }

        List<LinkRegistration> approved() {
            return list("status", LinkRegistration.Status.APPROVED);
        }

        List<Long> approvedExpiringBy(LocalDate day) {
            return find("select id from LinkRegistration where status = ?1 and expiresOn is not null and expiresOn <= ?2",
                    LinkRegistration.Status.APPROVED, day).project(Long.class).list();
        }

        Optional<LinkRegistration> lock(long id) {
            return RowLocks.lock(getEntityManager(), LinkRegistration.class, "link_registration", id);
        }
    }

    @ApplicationScoped
    static class RegistrationEventRepository implements PanacheRepositoryBase<LinkRegistrationEvent, Long> {
        List<LinkRegistrationEvent> of(long registrationId) {
            return list("registrationId", Sort.ascending("occurredAt", "id"), registrationId);
        }
    }

    @ApplicationScoped
    static class HomepageLinkRepository implements PanacheRepositoryBase<HomepageLink, Long> {
        List<HomepageLink> current() {
            return list("removedAt is null", Sort.ascending("sortOrder", "id"));
        }

        int nextSortOrder() {
            Integer max = find("select max(sortOrder) from HomepageLink").project(Integer.class).firstResult();
            return (max == null ? 0 : max) + 10;
        }
    }
}
