package cn.tianshan.launcher;

/** Environment lookups with defaults, so every port and URL can be overridden without editing code. */
final class Env {

    private Env() {
    }

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int port(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    static boolean isSet(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }
}
