package cn.tianshan.audit;

import cn.tianshan.common.hash.Sha256;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * SHA-256 over the previous record's hash and this record's fields, each written with its length so no
 * two different records can produce the same input.
 */
final class AuditHasher {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private AuditHasher() {
    }

    static String hash(long seq, String previousHash, AuditEntry e) {
        return Sha256.ofFields(Arrays.asList(previousHash, Long.toString(seq),
                e.occurredAt() == null ? null : TIME.format(e.occurredAt()), e.username(), e.unitCode(), e.roles(),
                e.action(), e.targetType(), e.targetId(), e.outcome() == null ? null : e.outcome().name(),
                e.httpStatus() == null ? null : e.httpStatus().toString(), e.error(), e.clientAddress(), e.requestId()));
    }

    static LocalDateTime normalise(LocalDateTime time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
