package cn.tianshan.intake;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opening a public case with its tracking code and password: a wrong code and a wrong password get the same answer
 * after the same work (one Argon2id hash), and repeated failures lock the code and the address for a while.
 */
@ApplicationScoped
public class TrackingLookups {

    private final IntakeGuard guard;
    private final TrackingSecrets secrets;
    private final String dummyHash;

    TrackingLookups(IntakeGuard guard, TrackingSecrets secrets) {
        this.guard = guard;
        this.secrets = secrets;
        this.dummyHash = secrets.hash("no-such-case");
    }

    public <T> T open(String rawCode, String password, String address, Function<String, Optional<T>> byCode,
                      Function<T, String> passwordHash) {
        String code = TrackingSecrets.normaliseCode(rawCode);
        guard.requireLookupAllowed(code, address);
        Optional<T> found = byCode.apply(code);
        boolean matches = secrets.matches(password, found.map(passwordHash).orElse(dummyHash));
        if (!matches || found.isEmpty()) {
            guard.lookupFailed(code, address);
            throw ProblemException.invalid(List.of(new FieldError("trackingCode", "查询码或密码不正确"),
                    new FieldError("password", "查询码或密码不正确")));
        }
        return found.get();
    }
}
