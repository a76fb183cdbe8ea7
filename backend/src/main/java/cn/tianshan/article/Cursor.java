package cn.tianshan.article;

import cn.tianshan.common.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;

/** A keyset position (publication time, article id), opaque to clients. */
record Cursor(LocalDateTime publishedAt, long articleId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((publishedAt + "|" + articleId).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String parameter, String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            return new Cursor(LocalDateTime.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(parameter, "不是本接口给出的翻页位置");
        }
    }
}
