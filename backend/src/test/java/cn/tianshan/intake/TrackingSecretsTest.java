package cn.tianshan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The production cost (Argon2id, m=7 MiB, t=5): a hash verifies its password only, and codes avoid look-alikes. */
class TrackingSecretsTest {

    private final TrackingSecrets secrets = new TrackingSecrets(7168, 5);

    @Test
    void aPasswordIsStoredAsArgon2idAndVerifiedOnlyByItself() {
        String stored = secrets.hash("我的密码123");
        assertThat(stored).startsWith("$argon2id$v=19$m=7168,t=5,p=1$").doesNotContain("我的密码123");
        assertThat(secrets.hash("我的密码123")).isNotEqualTo(stored);
        assertThat(secrets.matches("我的密码123", stored)).isTrue();
        assertThat(secrets.matches("我的密码124", stored)).isFalse();
        assertThat(secrets.matches("x", "not-a-hash")).isFalse();
    }

    @Test
    void codesHaveThePrefixAndNoLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(secrets.newCode("XX")).hasSize(12).startsWith("XX").doesNotContain("0", "O", "1", "I");
        }
        assertThat(TrackingSecrets.normaliseCode(" xx23-ab cd")).isEqualTo("XX23ABCD");
    }
}
