package cn.tianshan.portal;

import cn.tianshan.common.hash.Sha256;
import cn.tianshan.publicweb.PublicCache;
import cn.tianshan.publicweb.PublishedPages;
import cn.tianshan.site.SiteIdentityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A published article's server-rendered page ({@code /items/{id}}), rendered at publication and kept for every node.
 * Its fingerprint covers the templates and the site identity in its frame, so a deploy that changes either renders
 * the kept pages again.
 */
@ApplicationScoped
class ItemPages implements PublishedPages {

    private static final Pattern KEY = Pattern.compile("page:/items/\\d{1,18}\\?");
    private static final Pattern PATH = Pattern.compile("/items/\\d{1,18}");
    private static final String[] TEMPLATES = {"frame.html", "article.html", "withdrawn.html"};

    private final PortalPages pages;
    private final String fingerprint;

    ItemPages(PortalPages pages, SiteIdentityConfig identity) {
        this.pages = pages;
        StringBuilder all = new StringBuilder(identity.name()).append('|').append(identity.domain()).append('|')
                .append(identity.identificationCode()).append('|').append(identity.icpNumber()).append('|')
                .append(identity.publicSecurityFiling()).append('|').append(identity.sponsor());
        for (String template : TEMPLATES) {
            all.append('|').append(resource("templates/portal/" + template));
        }
        this.fingerprint = HexFormat.of().formatHex(Sha256.digest(all.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    @Override
    public Map<String, Supplier<PublicCache.Entry>> of(long articleId) {
        String path = "/items/" + articleId;
        return Map.of(PortalFrame.key(path, null), () -> PortalFrame.fragment(pages.page(path, null)));
    }

    @Override
    public boolean owns(String key) {
        return KEY.matcher(key).matches();
    }

    @Override
    public String keyOf(String path) {
        return PATH.matcher(path).matches() ? PortalFrame.key(path, null) : null;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    private static String resource(String name) {
        try (InputStream in = ItemPages.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
