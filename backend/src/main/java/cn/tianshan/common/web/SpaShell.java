package cn.tianshan.common.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The SPA's {@code index.html}, answered for every route the browser may open directly. */
@ApplicationScoped
public class SpaShell {

    private volatile String indexHtml;

    void load(Path index) {
        try {
            indexHtml = Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void serve(RoutingContext rc) {
        String path = rc.request().path();
        if (looksLikeFile(path)) {
            rc.next();
            return;
        }
        rc.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(indexHtml);
    }

    private static boolean looksLikeFile(String path) {
        int slash = path.lastIndexOf('/');
        return path.indexOf('.', slash + 1) > 0;
    }
}
