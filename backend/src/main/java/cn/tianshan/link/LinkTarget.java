package cn.tianshan.link;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link leads, judged the way a browser reads it: the host after the last {@code @} of the authority,
 * without port or trailing dots, lower case, in its ASCII (punycode) form. Never a substring test: {@code
 * gov.cn.example.com}, {@code example.com/gov.cn} and {@code user@gov.cn@evil.com} lead away from government.
 */
public record LinkTarget(Kind kind, String host) {

    public enum Kind {
        /** On this site: a relative link, a fragment, mailto: or tel:. */
        INTERNAL,
        /** To another host over http or https. */
        OUTBOUND,
        /** Not a link anyone can follow safely (an unknown scheme, a malformed host). */
        UNREADABLE
    }

    public static LinkTarget of(String href) {
        if (href == null) {
            return new LinkTarget(Kind.INTERNAL, null);
        }
        String url = href.strip().replace('\\', '/');
        String lower = url.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("http://")) {
            rest = url.substring(7);
        } else if (lower.startsWith("https://")) {
            rest = url.substring(8);
        } else if (url.startsWith("//")) {
            rest = url.substring(2);
        } else if (lower.startsWith("mailto:") || lower.startsWith("tel:") || url.startsWith("#") || url.startsWith("/")
                || url.startsWith("?") || !lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return new LinkTarget(Kind.INTERNAL, null);
        } else {
            return new LinkTarget(Kind.UNREADABLE, null);
        }
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        return host(hostPort).map(h -> new LinkTarget(Kind.OUTBOUND, h)).orElse(new LinkTarget(Kind.UNREADABLE, null));
    }

    /** The normalised host of a URL someone typed into a form, if it is an absolute http(s) URL. */
    public static Optional<String> hostOf(String url) {
        LinkTarget target = of(url);
        return target.kind() == Kind.OUTBOUND ? Optional.of(target.host()) : Optional.empty();
    }

    private static Optional<String> host(String hostPort) {
        String host;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostPort.substring(0, close + 1);
        } else {
            int colon = hostPort.indexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            if (colon >= 0 && !hostPort.substring(colon + 1).matches("\\d{0,5}")) {
                return Optional.empty();
            }
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.contains("%")) {
            return Optional.empty();
        }
        try {
            String ascii = IDN.toASCII(host.replace('。', '.').replace('．', '.').replace('｡', '.'), IDN.ALLOW_UNASSIGNED)
                    .toLowerCase(Locale.ROOT);
            if (!ascii.matches("[a-z0-9.\\-\\[\\]:_]+") || ascii.contains("..") || ascii.startsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(ascii);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
