package cn.tianshan.survey;

import cn.tianshan.common.hash.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed cookie that tells one browser from another without an account: a random voter id and its HMAC. A
 * response stores only a per-survey hash of the id, so answers to different surveys cannot be joined up.
 */
@ApplicationScoped
class VoterCookies {

    static final String NAME = "tianshan_voter";
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    VoterCookies(@ConfigProperty(name = "tianshan.intake.challenge-secret") String secret) {
        this.key = ("voter:" + secret).getBytes(StandardCharsets.UTF_8);
    }

    /** The voter id a well-signed cookie carries. */
    Optional<String> voterOf(String cookie) {
        if (cookie == null || cookie.length() != 32 + 1 + 64) {
            return Optional.empty();
        }
        String id = cookie.substring(0, 32);
        String signature = cookie.substring(33);
        return MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(id) : Optional.empty();
    }

    String newVoter() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    String cookieValue(String voter) {
        return voter + "." + sign(voter);
    }

    static String voterHash(long surveyId, String voter) {
        return Sha256.hex((surveyId + ":" + voter).getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
