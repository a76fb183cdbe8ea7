package cn.tianshan.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's copy of the kept pages on its own disk (fast, no database: {@code PublicPageStoreTest} covers the same
 * paths on the running node). A copy answers only once the node has caught up with the change log, only under the
 * structure and renderer it was made with, and a change's deletion wins over a copy written from an older read.
 */
class KeptPageCopiesTest {

    private static final String DATABASE = "4f1c0a9e-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    @Test
    void aCopyIsReadBackWithItsBytesEtagAndTagsOnceTheNodeHasCaughtUp() {
        KeptPageCopies copies = new KeptPageCopies(dir);
        PublicCache.Entry entry = page("{\"title\":\"自治区交通运输厅召开安全生产会议\"}" + "。".repeat(300), "article:7", "article:8");
        copies.write("article:7", entry, 3, "r1", copies.generation());
        assertThat(copies.read("article:7", 3, "r1")).as("not caught up with the change log yet").isNull();

        copies.followedUpTo(DATABASE, 42, true);
        PublicCache.Entry copy = copies.read("article:7", 3, "r1");
        assertThat(copy).isNotNull();
        assertThat(copy.body()).isEqualTo(entry.body());
        assertThat(copy.gzipped()).isEqualTo(entry.gzipped());
        assertThat(copy.etag()).isEqualTo(entry.etag());
        assertThat(copy.mediaType()).isEqualTo(entry.mediaType());
        assertThat(copy.tags()).containsExactlyInAnyOrder("article:7", "article:8");
        assertThat(copies.read("article:7", 4, "r1")).as("made under another structure").isNull();
        assertThat(copies.read("article:7", 3, "r2")).as("made by another renderer").isNull();
        assertThat(copies.read("article:9", 3, "r1")).isNull();
    }

    @Test
    void aChangeDeletesTheCopiesOfEveryPageThatShowsWhatItTouchedAndNoOther() {
        KeptPageCopies copies = caughtUp();
        copies.write("article:1", page("政策原文", "article:1"), 0, "r", copies.generation());
        copies.write("article:2", page("政策解读", "article:2", "article:1"), 0, "r", copies.generation());
        copies.write("article:3", page("交通新闻", "article:3"), 0, "r", copies.generation());

        copies.forget(Set.of("article:1", "column:5"));

        assertThat(copies.read("article:1", 0, "r")).isNull();
        assertThat(copies.read("article:2", 0, "r")).as("shows the policy it explains").isNull();
        assertThat(copies.read("article:3", 0, "r")).isNotNull();
    }

    @Test
    void aCopyWrittenFromAReadThatADeletionOvertookIsNotKept() {
        KeptPageCopies copies = caughtUp();
        long readAt = copies.generation();
        copies.forget(Set.of("article:5"));
        copies.write("article:5", page("已撤回的旧页面", "article:5"), 0, "r", readAt);
        assertThat(copies.read("article:5", 0, "r")).isNull();

        copies.write("article:5", page("重新读取的页面", "article:5"), 0, "r", copies.generation());
        assertThat(copies.read("article:5", 0, "r")).isNotNull();
    }

    @Test
    void thePositionIsKeptPerDatabaseAndEmptyingDeletesEveryCopy() throws Exception {
        KeptPageCopies copies = caughtUp();
        copies.write("article:1", page("新闻", "article:1"), 0, "r", copies.generation());

        KeptPageCopies restarted = new KeptPageCopies(dir);
        assertThat(restarted.currentUpTo(DATABASE)).hasValue(42);
        assertThat(restarted.currentUpTo("another-database")).isEmpty();
        restarted.empty();
        restarted.followedUpTo(DATABASE, 50, true);
        assertThat(restarted.read("article:1", 0, "r")).isNull();
        try (var left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile).map(file -> file.getFileName().toString())).containsExactly("position");
        }
    }

    @Test
    void aDamagedCopyIsNotAnswered() throws Exception {
        KeptPageCopies copies = caughtUp();
        copies.write("article:1", page("新闻", "article:1"), 0, "r", copies.generation());
        try (FileChannel log = FileChannel.open(dir.resolve("copies/000000.log"), StandardOpenOption.WRITE)) {
            log.write(ByteBuffer.wrap("不是页面".getBytes(StandardCharsets.UTF_8)), 40);
        }
        assertThat(copies.read("article:1", 0, "r")).isNull();
    }

    @Test
    void aRestartedNodeFindsItsCopiesAcrossLogFilesWithoutThoseAChangeForgot() throws Exception {
        KeptPageCopies copies = new KeptPageCopies(dir, 4096, Long.MAX_VALUE);
        copies.followedUpTo(DATABASE, 42, true);
        for (int i = 1; i <= 30; i++) {
            copies.write("article:" + i, page("第" + i + "条新闻。" + "交通".repeat(200), "article:" + i), 0, "r", copies.generation());
        }
        copies.forget(Set.of("article:7"));
        copies.write("article:8", page("更正后的新闻", "article:8"), 0, "r", copies.generation());
        try (var logs = Files.list(dir.resolve("copies"))) {
            assertThat(logs.count()).as("log files of 4 KB").isGreaterThan(5);
        }

        KeptPageCopies restarted = new KeptPageCopies(dir, 4096, Long.MAX_VALUE);
        restarted.followedUpTo(DATABASE, 43, true);
        assertThat(restarted.size()).isEqualTo(29);
        assertThat(restarted.read("article:7", 0, "r")).as("forgotten before the restart").isNull();
        assertThat(new String(restarted.read("article:8", 0, "r").body(), StandardCharsets.UTF_8)).isEqualTo("更正后的新闻");
        assertThat(new String(restarted.read("article:30", 0, "r").body(), StandardCharsets.UTF_8)).startsWith("第30条新闻。");
    }

    @Test
    void aRecordTornByACrashIsCutOffAndTheLogGoesOnAfterIt() throws Exception {
        KeptPageCopies copies = caughtUp();
        copies.write("article:1", page("新闻一", "article:1"), 0, "r", copies.generation());
        Path log = dir.resolve("copies/000000.log");
        long whole = Files.size(log);
        Files.write(log, new byte[] {0x54, 0x53, 0x50, 0x32, 0, 0, 9}, StandardOpenOption.APPEND);

        KeptPageCopies restarted = caughtUpAgain();
        assertThat(restarted.size()).isEqualTo(1);
        assertThat(Files.size(log)).isEqualTo(whole);
        restarted.write("article:2", page("新闻二", "article:2"), 0, "r", restarted.generation());

        KeptPageCopies again = caughtUpAgain();
        assertThat(again.read("article:1", 0, "r")).isNotNull();
        assertThat(again.read("article:2", 0, "r")).isNotNull();
    }

    @Test
    void aLogHoldingMostlyPagesSinceChangedStartsOver() throws Exception {
        KeptPageCopies copies = new KeptPageCopies(dir, 1 << 20, 8192);
        copies.followedUpTo(DATABASE, 42, true);
        PublicCache.Entry entry = page("通知公告。" + "公路".repeat(400), "article:1");
        copies.write("article:1", entry, 0, "r", copies.generation());
        copies.write("article:1", entry, 0, "r", copies.generation());
        assertThat(copies.read("article:1", 0, "r")).as("copied twice: half the log still answers").isNotNull();
        copies.write("article:1", entry, 0, "r", copies.generation());
        assertThat(copies.read("article:1", 0, "r")).as("a third of the log still answers").isNotNull();
        copies.write("article:1", entry, 0, "r", copies.generation());
        assertThat(copies.size()).as("a quarter: emptied").isZero();
        assertThat(dir.resolve("copies")).doesNotExist();
        copies.write("article:2", page("新闻", "article:2"), 0, "r", copies.generation());
        assertThat(copies.read("article:2", 0, "r")).isNotNull();
    }

    private KeptPageCopies caughtUpAgain() {
        KeptPageCopies copies = new KeptPageCopies(dir);
        assertThat(copies.currentUpTo(DATABASE)).hasValue(42);
        copies.followedUpTo(DATABASE, 42, true);
        return copies;
    }

    private KeptPageCopies caughtUp() {
        KeptPageCopies copies = new KeptPageCopies(dir);
        copies.followedUpTo(DATABASE, 42, true);
        return copies;
    }

    private static PublicCache.Entry page(String body, String... tags) {
        return PublicCache.entry(body, "application/json;charset=UTF-8", 200).withTags(Set.of(tags));
    }
}
