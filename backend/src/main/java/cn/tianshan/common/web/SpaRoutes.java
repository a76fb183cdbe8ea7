package cn.tianshan.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA from {@code tianshan.spa.directory} in the run mode (production uses nginx, see
 * deploy/nginx): hashed assets cached for a year, every other GET without a file falls back to
 * {@code index.html} (history-mode routing), rendered by the {@link SpaShell}. Text is gzipped for clients that
 * accept it ({@link TextCompression}), as nginx does in production.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    private final Optional<String> directory;
    private final Instance<SpaShell> shell;

    SpaRoutes(@ConfigProperty(name = "tianshan.spa.directory") Optional<String> directory, Instance<SpaShell> shell) {
        this.directory = directory;
        this.shell = shell;
    }

    void install(@Observes Router router) {
        Optional<Path> root = directory.filter(d -> !d.isBlank()).map(Path::of).map(Path::toAbsolutePath);
        if (root.isEmpty()) {
            return;
        }
        if (!Files.exists(root.get().resolve("index.html"))) {
            LOG.warnf("tianshan.spa.directory %s has no index.html; the SPA is not served", root.get());
            return;
        }
        // A handler on a "/assets/*" route resolves the path below the route's prefix, so its root is the assets folder.
        StaticHandler assets = StaticHandler.create(FileSystemAccess.ROOT, root.get().resolve("assets").toString())
                .setCachingEnabled(true).setMaxAgeSeconds(365L * 24 * 3600).setIncludeHidden(false);
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.get().toString())
                .setCachingEnabled(true).setMaxAgeSeconds(300).setIncludeHidden(false).setIndexPage("__none__");
        router.route("/assets/*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MAX_VALUE - 60)
                .handler(TextCompression.of(assets));
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MAX_VALUE - 50)
                .handler(TextCompression.of(rc -> skipApi(rc, () -> files.handle(rc))));
        SpaShell page = shell.get();
        page.load(root.get().resolve("index.html"));
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MAX_VALUE - 40)
                .handler(TextCompression.of(rc -> skipApi(rc, () -> page.serve(rc))));
        LOG.infof("Serving the SPA from %s", root.get());
    }

    private static void skipApi(RoutingContext rc, Runnable handler) {
        String path = rc.request().path();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            rc.next();
        } else {
            handler.run();
        }
    }
}
