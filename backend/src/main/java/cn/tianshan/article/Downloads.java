package cn.tianshan.article;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** File answers: documents download as attachments, images show inline; the name is kept in UTF-8 (RFC 6266). */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(Path path, String name, String mediaType) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = (mediaType.startsWith("image/") ? "inline" : "attachment")
                + "; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|\"", "_") + "\"; filename*=UTF-8''" + encoded;
        return Response.ok(path.toFile(), mediaType).header("Content-Disposition", disposition)
                .header("Cache-Control", "private, max-age=300").build();
    }
}
