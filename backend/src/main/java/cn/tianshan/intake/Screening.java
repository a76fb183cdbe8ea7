package cn.tianshan.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sensitive-word screen (configurable list, {@code tianshan.intake.sensitive-words}) and the near-duplicate
 * fingerprint (a 64-bit SimHash over character bigrams, so a letter resent with a few words changed is still
 * recognised). A match never refuses a submission: it routes it to a person who decides.
 */
@ApplicationScoped
public class Screening {

    private final List<String> words;
    private final int duplicateDistance;

    Screening(@ConfigProperty(name = "tianshan.intake.sensitive-words") List<String> words,
              @ConfigProperty(name = "tianshan.intake.duplicate-distance") int duplicateDistance) {
        this.words = words.stream().map(String::trim).filter(w -> !w.isEmpty()).map(Screening::normalise).toList();
        this.duplicateDistance = duplicateDistance;
    }

    /** The configured words found in the texts (spaces and punctuation between characters do not hide them). */
    public List<String> sensitiveWords(String... texts) {
        String all = normalise(String.join(" ", Arrays.asList(texts)));
        return words.stream().filter(all::contains).distinct().toList();
    }

    public static long fingerprint(String text) {
        String t = normalise(text);
        int[] weights = new int[64];
        for (int i = 0; i + 1 < t.length() || (i == 0 && t.length() == 1); i++) {
            String gram = t.substring(i, Math.min(i + 2, t.length()));
            long h = hash64(gram);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public boolean nearDuplicates(long a, long b) {
        return Long.bitCount(a ^ b) <= duplicateDistance;
    }

    /** Letters and digits only, full-width folded, lower case. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** FNV-1a, 64 bits: stable across runs and nodes, unlike String.hashCode's 32 bits. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
