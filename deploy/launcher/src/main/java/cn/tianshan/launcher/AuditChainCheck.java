package cn.tianshan.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The audit chain recomputed outside the backend, from the published rule (README, "Audit"): each record's hash is
 * SHA-256 over {@code length:value|} of the previous hash, its seq and its fields in order (null as {@code -1:|}), the
 * first record links to 64 zeros, and the head row names the last record. A restored copy passes only if every link
 * holds; an independent check, so a restore is not verified by the code it restores.
 */
final class AuditChainCheck {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int BATCH = 5_000;

    record Result(boolean intact, long checked, String lastHash, String problem) {
    }

    private AuditChainCheck() {
    }

    static Result verify(Connection c) throws SQLException {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT seq, occurred_at, username, unit_code, roles, action, target_type, "
                + "target_id, outcome, http_status, error, client_address, request_id, prev_hash, hash FROM audit_record "
                + "WHERE seq >= ? ORDER BY seq LIMIT " + BATCH)) {
            while (true) {
                q.setLong(1, expectedSeq);
                int inBatch = 0;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        inBatch++;
                        long seq = rs.getLong("seq");
                        if (seq != expectedSeq) {
                            return new Result(false, checked, previous, "records " + expectedSeq + "–" + (seq - 1) + " are missing");
                        }
                        if (!previous.equals(rs.getString("prev_hash"))) {
                            return new Result(false, checked, previous, "record " + seq + " does not link to record " + (seq - 1));
                        }
                        LocalDateTime at = rs.getObject("occurred_at", LocalDateTime.class);
                        Object status = rs.getObject("http_status");
                        String hash = sha256Fields(previous, Long.toString(seq), at == null ? null : TIME.format(at),
                                rs.getString("username"), rs.getString("unit_code"), rs.getString("roles"), rs.getString("action"),
                                rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"),
                                status == null ? null : status.toString(), rs.getString("error"), rs.getString("client_address"),
                                rs.getString("request_id"));
                        if (!hash.equals(rs.getString("hash"))) {
                            return new Result(false, checked, previous, "record " + seq + " was changed after it was written");
                        }
                        previous = hash;
                        expectedSeq = seq + 1;
                        checked++;
                    }
                }
                if (inBatch < BATCH) {
                    break;
                }
            }
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (rs.next() && (rs.getLong(1) != expectedSeq - 1 || !previous.equals(rs.getString(2)))) {
                return new Result(false, checked, previous, "records after " + (expectedSeq - 1) + " are missing (the head names "
                        + rs.getLong(1) + ")");
            }
        }
        return new Result(true, checked, previous, null);
    }

    private static String sha256Fields(String... fields) {
        StringBuilder input = new StringBuilder();
        for (String field : fields) {
            input.append(field == null ? "-1:" : field.length() + ":" + field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
