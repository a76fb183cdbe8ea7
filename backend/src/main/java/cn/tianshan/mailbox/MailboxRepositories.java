package cn.tianshan.mailbox;

import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

final class MailboxRepositories {

    private MailboxRepositories() {
    }

    @ApplicationScoped
    static class MessageRepository implements PanacheRepositoryBase<MailboxMessage, Long> {

        Optional<MailboxMessage> lock(long id) {
            return RowLocks.lock(getEntityManager(), MailboxMessage.class, "mailbox_message", id);
        }

        Optional<MailboxMessage> byCode(String code) {
            return find("trackingCode", code).firstResultOptional();
        }

        /** Letters since {@code since} sharing a SimHash band with {@code fingerprint}: the near-duplicate candidates. */
        List<MailboxMessage> sharingBand(long fingerprint, LocalDateTime since) {
            // one indexed lookup per band (an OR of the four makes the optimiser scan the date range instead)
            java.util.Map<Long, MailboxMessage> found = new java.util.LinkedHashMap<>();
            for (int band = 0; band < 4; band++) {
                list("fingerprintBand" + band + " = ?1 and receivedAt >= ?2", MailboxMessage.band(fingerprint, band), since)
                        .forEach(m -> found.putIfAbsent(m.id(), m));
            }
            return List.copyOf(found.values());
        }

        List<MailboxMessage> search(String unitCode, LetterStatus status, LetterKind kind, int page, int size) {
            StringBuilder where = new StringBuilder("1 = 1");
            io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
            if (unitCode != null) {
                where.append(" and unitCode = :unit");
                params.and("unit", unitCode);
            }
            if (status != null) {
                where.append(" and status = :status");
                params.and("status", status);
            }
            if (kind != null) {
                where.append(" and kind = :kind");
                params.and("kind", kind);
            }
            return find(where.toString(), Sort.descending("receivedAt", "id"), params).page(page, size).list();
        }

        List<MailboxMessage> published(int page, int size) {
            return find("published = true", Sort.descending("repliedAt", "id")).page(page, size).list();
        }

        long countPublished() {
            return count("published = true");
        }

        List<MailboxMessage> receivedBetween(LocalDateTime from, LocalDateTime to) {
            return list("receivedAt >= ?1 and receivedAt < ?2 and status <> ?3", from, to, LetterStatus.INVALID);
        }

        List<MailboxMessage> awaitingExtensionDecision() {
            return list("extensionDays is not null", Sort.ascending("receivedAt"));
        }

        List<MailboxMessage> inStatus(List<LetterStatus> statuses) {
            return list("status in ?1", Sort.ascending("receivedAt"), statuses);
        }
    }

    @ApplicationScoped
    static class EventRepository implements PanacheRepositoryBase<MailboxEvent, Long> {
        List<MailboxEvent> of(long messageId) {
            return list("messageId", Sort.ascending("id"), messageId);
        }
    }
}
