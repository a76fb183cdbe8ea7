package cn.tianshan.intake;

/**
 * A proof-of-work challenge: find a {@code solution} such that SHA-256 of {@code nonce + ":" + solution} starts with
 * {@code difficulty} zero bits. Signed by the server, good until {@code expiresAt} (epoch seconds), spent once.
 */
public record Challenge(String nonce, int difficulty, long expiresAt, String signature) {
}
