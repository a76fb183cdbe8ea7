package cn.tianshan.disclosure;

import cn.tianshan.common.persistence.RowLocks;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

final class DisclosureRepositories {

    private DisclosureRepositories() {
    }

    @ApplicationScoped
    static class RequestRepository implements PanacheRepositoryBase<DisclosureRequest, Long> {

        Optional<DisclosureRequest> lock(long id) {
            return RowLocks.lock(getEntityManager(), DisclosureRequest.class, "disclosure_request", id);
        }

        Optional<DisclosureRequest> byCode(String code) {
            return find("trackingCode", code).firstResultOptional();
        }

        List<DisclosureRequest> search(String unitCode, RequestStatus status, int page, int size) {
            Sort order = Sort.descending("receivedAt", "id");
            if (unitCode != null && status != null) {
                return find("unitCode = ?1 and status = ?2", order, unitCode, status).page(page, size).list();
            }
            if (unitCode != null) {
                return find("unitCode", order, unitCode).page(page, size).list();
            }
            return (status == null ? findAll(order) : find("status", order, status)).page(page, size).list();
        }

        List<DisclosureRequest> receivedBetween(LocalDateTime from, LocalDateTime to) {
            return list("receivedAt >= ?1 and receivedAt < ?2", from, to);
        }

        List<DisclosureRequest> inStatus(List<RequestStatus> statuses) {
            return list("status in ?1", Sort.ascending("receivedAt"), statuses);
        }

        List<DisclosureRequest> extensionRequested() {
            return list("extensionStatus = ?1", Sort.ascending("receivedAt"), DisclosureEnums.ExtensionStatus.REQUESTED);
        }
    }

    @ApplicationScoped
    static class EventRepository implements PanacheRepositoryBase<DisclosureEvent, Long> {
        List<DisclosureEvent> of(long requestId) {
            return list("requestId", Sort.ascending("id"), requestId);
        }
    }
}
