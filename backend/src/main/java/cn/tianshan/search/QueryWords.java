package cn.tianshan.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The query's words as smartcn segments them, each word the citizen typed (between spaces) with the other ways the
 * index may have segmented it inside an article. smartcn decides by context: typed alone, "绿色出行" becomes
 * 绿色/出/行, but in "推广新能源公交车，绿色出行" it is 绿色/出行. So a word that breaks into several pieces may also
 * match with its single-character pieces joined ("出行"), or as itself whole, when some of its pieces are single
 * characters; any other word keeps the one reading it has.
 */
record QueryWords(List<List<List<String>>> readings) {

    private static final int LONGEST_WHOLE = 8;

    static QueryWords of(String text, Analyzer analyzer) {
        List<List<List<String>>> words = new ArrayList<>();
        for (String typed : text.trim().split("\\s+")) {
            List<String> pieces = analyse(typed, analyzer);
            if (pieces.isEmpty()) {
                continue;
            }
            Set<List<String>> ways = new LinkedHashSet<>();
            ways.add(pieces);
            // Only a word that broke into single characters is in doubt; the rest keep one reading, and the query its
            // plain conjunction (alternatives for every word halved the throughput of the search benchmark).
            if (pieces.size() > 1 && pieces.stream().anyMatch(QueryWords::isSingleHan)) {
                ways.add(joinSingleCharacters(pieces));
                if (typed.length() <= LONGEST_WHOLE && typed.codePoints().allMatch(QueryWords::isHan)) {
                    ways.add(List.of(typed));
                }
            }
            words.add(List.copyOf(ways));
        }
        return new QueryWords(List.copyOf(words));
    }

    boolean isEmpty() {
        return readings.isEmpty();
    }

    /** Every piece as segmented, once, in order: for the title phrase. */
    List<String> pieces() {
        Set<String> pieces = new LinkedHashSet<>();
        readings.forEach(word -> pieces.addAll(word.get(0)));
        return List.copyOf(pieces);
    }

    /** Every piece of every reading, once. */
    Set<String> everyPiece() {
        Set<String> pieces = new LinkedHashSet<>();
        readings.forEach(word -> word.forEach(pieces::addAll));
        return pieces;
    }

    private static List<String> joinSingleCharacters(List<String> pieces) {
        List<String> joined = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String piece : pieces) {
            if (isSingleHan(piece)) {
                run.append(piece);
                continue;
            }
            if (!run.isEmpty()) {
                joined.add(run.toString());
                run.setLength(0);
            }
            joined.add(piece);
        }
        if (!run.isEmpty()) {
            joined.add(run.toString());
        }
        return joined;
    }

    private static boolean isSingleHan(String piece) {
        return piece.codePointCount(0, piece.length()) == 1 && isHan(piece.codePointAt(0));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static List<String> analyse(String text, Analyzer analyzer) {
        List<String> pieces = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                pieces.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pieces;
    }
}
