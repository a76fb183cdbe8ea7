package cn.tianshan.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A solved {@link Challenge}, sent with a public submission. */
public record ChallengeAnswer(
        @NotBlank(message = "缺少人机验证") @Size(max = 64, message = "人机验证无效") String nonce,
        int difficulty,
        long expiresAt,
        @NotBlank(message = "缺少人机验证") @Size(max = 128, message = "人机验证无效") String signature,
        @NotNull(message = "缺少人机验证的答案") Long solution) {
}
