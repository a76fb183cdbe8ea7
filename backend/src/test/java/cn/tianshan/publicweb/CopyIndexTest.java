package cn.tianshan.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copies' primitive index against plain maps, over enough puts, removals and forgotten tags to grow and wrap. */
class CopyIndexTest {

    @Test
    void answersAsPlainMapsDoThroughGrowthRemovalsAndForgottenTags() {
        CopyIndex index = new CopyIndex();
        Map<Integer, Long> locations = new HashMap<>();
        Map<Integer, Set<Integer>> pagesByTag = new HashMap<>();
        Random random = new Random(20261205);
        for (int step = 0; step < 200_000; step++) {
            int key = 1 + random.nextInt(20_000);
            int tag = 1 + random.nextInt(5_000);
            switch (random.nextInt(10)) {
                case 0 -> assertThat(index.remove(key)).isEqualTo(orMinusOne(locations.remove(key)));
                case 1 -> {
                    Set<Integer> keys = new HashSet<>();
                    for (int k : index.removeTag(tag)) {
                        keys.add(k);
                        index.remove(k);
                    }
                    Set<Integer> expected = pagesByTag.getOrDefault(tag, Set.of());
                    assertThat(keys).isEqualTo(expected);
                    expected.forEach(locations::remove);
                    pagesByTag.remove(tag);
                }
                default -> {
                    long location = random.nextLong() & Long.MAX_VALUE;
                    assertThat(index.put(key, location, new int[] {tag})).isEqualTo(orMinusOne(locations.put(key, location)));
                    pagesByTag.computeIfAbsent(tag, t -> new HashSet<>()).add(key);
                }
            }
        }
        assertThat(index.size()).isEqualTo(locations.size());
        for (int key = 1; key <= 20_000; key++) {
            assertThat(index.locate(key)).isEqualTo(orMinusOne(locations.get(key)));
        }
    }

    @Test
    void aKeyWhoseHashIsZeroIsStillFound() {
        CopyIndex index = new CopyIndex();
        assertThat(CopyIndex.hash("")).isNotZero();
        index.put(CopyIndex.hash(""), 7, new int[0]);
        assertThat(index.locate(CopyIndex.hash(""))).isEqualTo(7);
    }

    private static long orMinusOne(Long value) {
        return value == null ? -1 : value;
    }
}
