package cn.tianshan.common.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, for content fingerprints, approval hashes, the audit chain and ETags. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String hex(byte[] input) {
        return HexFormat.of().formatHex(digest(input));
    }

    /**
     * The hash of several fields, each written as {@code length:text|} (a null as {@code -1:|}), so no two
     * different lists of fields give the same input.
     */
    public static String ofFields(Iterable<String> fields) {
        StringBuilder input = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                input.append("-1:|");
            } else {
                input.append(field.length()).append(':').append(field).append('|');
            }
        }
        return hex(input.toString().getBytes(StandardCharsets.UTF_8));
    }
}
