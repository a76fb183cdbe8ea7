package cn.tianshan.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parameters of a server-rendered page's query string: the first of each name, malformed ones left out. */
final class QueryStrings {

    /** Longer than any field of our forms needs (100 Chinese characters are 900 bytes encoded). */
    private static final int LONGEST_PAIR = 2000;

    private QueryStrings() {
    }

    static Map<String, String> parse(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.length() < LONGEST_PAIR) {
                try {
                    params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed escape is a parameter nobody sent on purpose: left out
                }
            }
        }
        return params;
    }
}
