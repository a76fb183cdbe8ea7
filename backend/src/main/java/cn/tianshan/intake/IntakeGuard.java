package cn.tianshan.intake;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one public-intake guard every public form goes through (letters, disclosure requests, and later comments
 * and questions): rate limits per address and overall, a self-hosted proof-of-work challenge for anonymous
 * submissions, and lockouts for failed tracking-code lookups. No third-party service is involved.
 */
@ApplicationScoped
public class IntakeGuard {

    private static final HexFormat HEX = HexFormat.of();

    private final RateWindows windows;
    private final Clock clock;
    private final byte[] secret;
    private final int difficulty;
    private final int perAddressPerHour;
    private final int globalPerMinute;
    private final int lookupFailuresAllowed;
    private final int lookupFailuresPerAddress;
    private final SecureRandom random = new SecureRandom();

    IntakeGuard(RateWindows windows, Clock clock,
                @ConfigProperty(name = "tianshan.intake.challenge-secret") String secret,
                @ConfigProperty(name = "tianshan.intake.challenge-difficulty") int difficulty,
                @ConfigProperty(name = "tianshan.intake.per-address-per-hour") int perAddressPerHour,
                @ConfigProperty(name = "tianshan.intake.global-per-minute") int globalPerMinute,
                @ConfigProperty(name = "tianshan.intake.lookup-failures-allowed") int lookupFailuresAllowed,
                @ConfigProperty(name = "tianshan.intake.lookup-failures-per-address") int lookupFailuresPerAddress) {
        this.windows = windows;
        this.clock = clock;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.difficulty = difficulty;
        this.perAddressPerHour = perAddressPerHour;
        this.globalPerMinute = globalPerMinute;
        this.lookupFailuresAllowed = lookupFailuresAllowed;
        this.lookupFailuresPerAddress = lookupFailuresPerAddress;
    }

    /** Counts a submission on {@code channel} from {@code address}; a 429 with Retry-After when over a limit. */
    public void admit(String channel, String address) {
        LocalDateTime now = Timestamps.now(clock);
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        RateWindows.Counts counts = windows.hitBoth(channel + ":ip:" + address, hour, channel + ":all", minute);
        if (counts.overall() > globalPerMinute) {
            throw ProblemException.tooManyRequests("body", "此刻提交的人太多，请稍后再试", secondsUntil(now, minute.plusMinutes(1)));
        }
        if (counts.address() > perAddressPerHour) {
            throw ProblemException.tooManyRequests("body", "同一网络地址一小时内最多提交 " + perAddressPerHour + " 次，请稍后再试",
                    secondsUntil(now, hour.plusHours(1)));
        }
    }

    public Challenge challenge() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = HEX.formatHex(bytes);
        long expiresAt = clock.instant().plus(Duration.ofMinutes(30)).getEpochSecond();
        return new Challenge(nonce, difficulty, expiresAt, sign(nonce, difficulty, expiresAt));
    }

    /**
     * Checks a solved challenge (signed by us, fresh, solved) without spending it; the submission spends it with
     * {@link #spend} in its own transaction. Anything wrong is a 400 naming the {@code challenge} field.
     */
    public void check(ChallengeAnswer answer) {
        if (answer == null) {
            throw ProblemException.invalid("challenge", "缺少人机验证，请刷新页面后重新提交");
        }
        if (!MessageDigest.isEqual(sign(answer.nonce(), answer.difficulty(), answer.expiresAt()).getBytes(StandardCharsets.UTF_8),
                answer.signature().getBytes(StandardCharsets.UTF_8)) || answer.difficulty() < difficulty) {
            throw ProblemException.invalid("challenge", "人机验证无效，请刷新页面后重新提交");
        }
        if (answer.expiresAt() < clock.instant().getEpochSecond()) {
            throw ProblemException.invalid("challenge", "人机验证已过期，请重新提交");
        }
        if (!solves(answer.nonce(), answer.solution(), answer.difficulty())) {
            throw ProblemException.invalid("challenge", "人机验证未通过，请重新提交");
        }
    }

    /** Spends a checked challenge in the caller's transaction: a challenge admits one submission, on any node. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public void spend(ChallengeAnswer answer) {
        if (!windows.spend(answer.nonce(), Timestamps.now(clock))) {
            throw ProblemException.invalid("challenge", "此人机验证已经用过，请刷新页面后重新提交");
        }
    }

    /** A 429 when this code or this address failed too many lookups in the last quarter hour. */
    public void requireLookupAllowed(String code, String address) {
        LocalDateTime now = Timestamps.now(clock);
        LocalDateTime window = quarter(now);
        if (windows.hits("lookup-fail:code:" + code, window) >= lookupFailuresAllowed
                || windows.hits("lookup-fail:ip:" + address, window) >= lookupFailuresPerAddress) {
            throw ProblemException.tooManyRequests("trackingCode", "查询失败次数过多，已暂时锁定，请稍后再试",
                    secondsUntil(now, window.plusMinutes(15)));
        }
    }

    public void lookupFailed(String code, String address) {
        LocalDateTime window = quarter(Timestamps.now(clock));
        windows.hit("lookup-fail:code:" + code, window);
        windows.hit("lookup-fail:ip:" + address, window);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldWindows() {
        windows.forgetBefore(Timestamps.now(clock).minusDays(1));
    }

    static boolean solves(String nonce, long solution, int bits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + ":" + solution).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < bits; i++) {
                if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                    return false;
                }
            }
            return true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String nonce, int bits, long expiresAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal((nonce + "|" + bits + "|" + expiresAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime quarter(LocalDateTime now) {
        return now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 15 * 15L);
    }

    private static long secondsUntil(LocalDateTime now, LocalDateTime end) {
        return Duration.between(now, end).getSeconds() + 1;
    }
}
