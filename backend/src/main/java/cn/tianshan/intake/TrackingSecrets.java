package cn.tianshan.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tracking codes and query passwords of public submissions. Codes are 12 characters from an alphabet without
 * look-alikes; passwords are stored as Argon2id (Bouncy Castle) in the PHC string format, so the cost can be
 * raised later without breaking stored hashes. The default cost is one of OWASP's Argon2id settings (7 MiB, t=5).
 */
@ApplicationScoped
public class TrackingSecrets {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int memoryKb;
    private final int iterations;

    public TrackingSecrets(@ConfigProperty(name = "tianshan.intake.password-memory-kb") int memoryKb,
                    @ConfigProperty(name = "tianshan.intake.password-iterations") int iterations) {
        this.memoryKb = memoryKb;
        this.iterations = iterations;
    }

    /** A code with a two-letter prefix naming the channel, e.g. {@code XX} for letters: 10 random characters (50 bits). */
    public String newCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        while (code.length() < 12) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = argon2(password, salt, memoryKb, iterations);
        return "$argon2id$v=19$m=" + memoryKb + ",t=" + iterations + ",p=1$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    public boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int m = 0;
        int t = 0;
        for (String setting : parts[3].split(",")) {
            String[] kv = setting.split("=");
            if (kv[0].equals("m")) {
                m = Integer.parseInt(kv[1]);
            } else if (kv[0].equals("t")) {
                t = Integer.parseInt(kv[1]);
            }
        }
        byte[] expected = B64D.decode(parts[5]);
        return MessageDigest.isEqual(expected, argon2(password == null ? "" : password, B64D.decode(parts[4]), m, t));
    }

    /** Normalises a code as people type it: upper case, no spaces or dashes. */
    public static String normaliseCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKb, int iterations) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKb).withIterations(iterations).withParallelism(1).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
