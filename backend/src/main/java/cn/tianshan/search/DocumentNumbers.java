package cn.tianshan.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 文号 as people type them: 新交办发〔2020〕60号 is also typed with [ ], ［ ］, ( ), （ ）, 【 】 or spaces. One spelling
 * is indexed and asked for, so any of them finds the document exactly.
 */
final class DocumentNumbers {

    private static final Pattern LOOKS_LIKE = Pattern.compile(".*〔\\d{4}〕\\d+号");

    private DocumentNumbers() {
    }

    static String normalise(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '[', '［', '(', '（', '【', '〔' -> out.append('〔');
                case ']', '］', ')', '）', '】', '〕' -> out.append('〕');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    static boolean looksLikeOne(String normalised) {
        return LOOKS_LIKE.matcher(normalised).matches();
    }
}
