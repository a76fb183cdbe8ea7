package cn.tianshan.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The rendered answers a node keeps are bounded by their bytes, and filling the bound lets go of the answers least
 * likely to be asked again, one by one: a crawler reading every article once leaves the home page, the structure and
 * the tags of what stays in place. (The change log and the kept pages are not involved here; TargetedEvictionTest
 * covers them against the database.)
 */
class PublicCacheBoundTest {

    private static final int ONE_MEGABYTE = 1;
    private final PublicCache cache = new PublicCache(null, null, Clock.system(ZoneId.of("Asia/Shanghai")), null,
            new PublicAnswerMetrics(new SimpleMeterRegistry()), ONE_MEGABYTE);
    private final Random random = new Random(20261204);

    @Test
    void aCrawlerReadingEveryArticleOnceLeavesTheHomePageAndTheStructureInPlace() {
        AtomicInteger structureReads = new AtomicInteger();
        for (int article = 1; article <= 400; article++) { // about 4 MB of answers, each asked once
            int id = article;
            cache.computeIfAbsent("article:" + id, () -> answer(6_000, "article:" + id));
            if (article % 5 == 0) { // while readers keep opening the home page
                cache.computeIfAbsent("home:main", () -> answer(4_000, "column:1"));
                cache.structural("column-header:1", structureReads::incrementAndGet);
            }
        }

        assertThat(cache.renderedKeys()).contains("home:main");
        assertThat(cache.structural("column-header:1", structureReads::incrementAndGet)).isEqualTo(1);
        long kept = cache.renderedKeys().stream().mapToLong(key -> cache.get(key).weight(key)).sum();
        assertThat(kept).isLessThanOrEqualTo(1024L * 1024L);
        assertThat(cache.renderedKeys()).anyMatch(key -> key.startsWith("article:"));
    }

    @Test
    void anAnswerKeptAfterOthersWereLetGoIsStillEvictedByWhatItShows() {
        for (int article = 1; article <= 400; article++) {
            int id = article;
            cache.computeIfAbsent("article:" + id, () -> answer(6_000, "article:" + id));
        }
        cache.computeIfAbsent("column:7:null:20", () -> answer(3_000, "column:7", "article:401"));
        assertThat(cache.renderedKeys()).contains("column:7:null:20");

        cache.evict(Set.of("article:401"));

        assertThat(cache.renderedKeys()).doesNotContain("column:7:null:20");
    }

    /** A JSON answer of about {@code size} characters that gzip cannot shrink much, showing {@code tags}. */
    private PublicCache.Entry answer(int size, String... tags) {
        StringBuilder text = new StringBuilder("{\"text\":\"");
        while (text.length() < size) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return PublicCache.entry(text.append("\"}").toString(), "application/json;charset=UTF-8", 200).withTags(Set.of(tags));
    }
}
