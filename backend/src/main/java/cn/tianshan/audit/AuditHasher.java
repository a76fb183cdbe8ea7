package cn.tianshan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

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
        StringBuilder input = new StringBuilder();
        field(input, previousHash);
        field(input, Long.toString(seq));
        field(input, e.occurredAt() == null ? null : TIME.format(e.occurredAt()));
        field(input, e.username());
        field(input, e.unitCode());
        field(input, e.roles());
        field(input, e.action());
        field(input, e.targetType());
        field(input, e.targetId());
        field(input, e.outcome() == null ? null : e.outcome().name());
        field(input, e.httpStatus() == null ? null : e.httpStatus().toString());
        field(input, e.error());
        field(input, e.clientAddress());
        field(input, e.requestId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every JVM has SHA-256", e1);
        }
    }

    static LocalDateTime normalise(LocalDateTime time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append("-1:|");
        } else {
            input.append(value.length()).append(':').append(value).append('|');
        }
    }
}
