package cn.tianshan.common.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The SPA's {@code index.html}, answered for every route the browser may open directly; for public pages
 * with the server-rendered content and title inside.
 */
@ApplicationScoped
public class SpaShell {

    private static final Logger LOG = Logger.getLogger(SpaShell.class);
    private static final String APP = "<div id=\"app\"></div>";

    private final Instance<ShellContent> content;
    private final String consolePolicy;
    private volatile String indexHtml;

    SpaShell(Instance<ShellContent> content, @ConfigProperty(name = "tianshan.oidc.public-url") String signInIssuer) {
        this.content = content;
        this.consolePolicy = consolePolicy(signInIssuer);
    }

    /** The console's policy (deploy/nginx sets the same): it talks to itself and the sign-in server, and is never framed. */
    static String consolePolicy(String signInIssuer) {
        URI issuer = URI.create(signInIssuer);
        String signIn = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; "
                + "font-src 'self' data:; connect-src 'self' " + signIn + "; frame-src " + signIn + "; form-action 'self' " + signIn
                + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    void load(Path index) {
        try {
            indexHtml = Files.readString(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!indexHtml.contains(APP)) {
            LOG.warnf("%s has no %s: public pages are not server-rendered", index, APP);
        }
    }

    void serve(RoutingContext rc) {
        String path = rc.request().path();
        if (looksLikeFile(path)) {
            rc.next();
            return;
        }
        if (path.startsWith("/admin")) {
            rc.response().setStatusCode(200).putHeader("Content-Type", "text/html; charset=utf-8")
                    .putHeader("Cache-Control", "no-cache").putHeader("Content-Security-Policy", consolePolicy).end(indexHtml);
            return;
        }
        if (content.isUnsatisfied()) {
            send(rc, 200, indexHtml);
            return;
        }
        String query = rc.request().query();
        rc.vertx().<Optional<ShellContent.Page>>executeBlocking(() -> render(path, query), false)
                .onSuccess(page -> send(rc, page.map(ShellContent.Page::status).orElse(200), page.map(this::inject).orElse(indexHtml)))
                .onFailure(failure -> {
                    LOG.errorf(failure, "Could not render %s", path);
                    send(rc, 200, indexHtml);
                });
    }

    /** The first renderer that knows the address; each feature's public pages have their own. */
    private Optional<ShellContent.Page> render(String path, String query) {
        for (ShellContent renderer : content) {
            Optional<ShellContent.Page> page = renderer.render(path, query);
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    /** The public pages' policy (deploy/nginx sets the same): no inline or foreign scripts. */
    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    String inject(ShellContent.Page page) {
        String html = indexHtml.replace(APP, "<div id=\"app\">" + page.html() + "</div>");
        html = html.replaceFirst("<title>[^<]*</title>", java.util.regex.Matcher.quoteReplacement("<title>" + escape(page.title())
                + "</title>\n    <meta name=\"description\" content=\"" + escape(page.description()) + "\" />"));
        return html;
    }

    private static void send(RoutingContext rc, int status, String html) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", PUBLIC_CSP)
                .end(html);
    }

    private static boolean looksLikeFile(String path) {
        int slash = path.lastIndexOf('/');
        return path.indexOf('.', slash + 1) > 0;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
