package cn.tianshan.publicweb;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jboss.logging.Logger;

/**
 * This node's copy of the pages kept at publication, on its own disk, the way the field's static-publishing systems
 * serve a published page: a page this node renders or reads from the database is copied here too, and answered from
 * here with one positioned read, without a round trip. The database stays the truth. A copy carries the structure
 * epoch and renderer of the row it copies; a change forgets the copies of the pages that show what it touched when
 * this node learns of it (at once for its own changes, within a second for another node's), and a copy made from a
 * read that such a change overtook is not kept. The directory records how far in the change log it is current and for
 * which database, so a restarted node replays what it missed before it answers from a copy; one made from another
 * database, or too far behind, is emptied.
 *
 * <p>The copies are a log, {@code copies/NNNNNN.log}, appended to and never rewritten: a record copies a page or
 * forgets the pages that show some tags. Pages are packed end to end (a million articles take about a gigabyte, which
 * the operating system keeps cached whole, where a file per page took four) and found through {@link CopyIndex}, which
 * a node rebuilds by reading the log once when it starts. When the log holds three times what it still answers for,
 * it is emptied and filled again from the database as pages are read. {@code position} holds the database and the
 * change-log cursor.
 */
final class KeptPageCopies {

    private static final Logger LOG = Logger.getLogger(KeptPageCopies.class);
    private static final int PAGE = 0x54535032;
    private static final int FORGET = 0x54534632;
    private static final int HEADER = 12;
    /** A record's length, its offset and its log file, packed in the index's one long. */
    private static final int LENGTH_BITS = 24;
    private static final int OFFSET_BITS = 32;
    private static final long MAX_RECORD = (1L << LENGTH_BITS) - 1;

    private final Path root;
    private final Path logs;
    private final Path position;
    private final long logBytes;
    private final long emptiedAbove;
    private final AtomicLong generation = new AtomicLong();
    private final CopyIndex index = new CopyIndex();
    private FileChannel[] files = new FileChannel[0];
    private int appending = -1;
    private long appendAt;
    private long liveBytes;
    private long storedBytes;
    private boolean opened;
    private volatile boolean loading;
    private volatile boolean current;
    private volatile String writtenPosition;

    KeptPageCopies(Path root) {
        this(root, 1L << 30, 256L << 20);
    }

    /**
     * {@code logBytes}: where a log file ends and the next begins (less than 4 GiB); {@code emptiedAbove}: how big the
     * log may grow before it is emptied for holding mostly pages since changed.
     */
    KeptPageCopies(Path root, long logBytes, long emptiedAbove) {
        this.root = root;
        this.logs = root.resolve("copies");
        this.position = root.resolve("position");
        this.logBytes = Math.min(logBytes, (1L << OFFSET_BITS) - MAX_RECORD - 1);
        this.emptiedAbove = emptiedAbove;
    }

    /** Taken before a page is read from the database or rendered; {@link #write} is given it back. */
    long generation() {
        return generation.get();
    }

    /** How many pages this node holds a copy of. */
    synchronized int size() {
        open();
        return index.size();
    }

    /** The copy of {@code key} if this node has one made under this structure and renderer, else {@code null}. */
    PublicCache.Entry read(String key, long structureEpoch, String renderer) {
        if (!current) {
            return null;
        }
        FileChannel file;
        long location;
        synchronized (this) {
            open();
            location = index.locate(CopyIndex.hash(key));
            if (location < 0) {
                return null;
            }
            file = files[fileOf(location)];
        }
        try {
            ByteBuffer record = ByteBuffer.allocate(lengthOf(location));
            while (record.hasRemaining()) {
                if (file.read(record, offsetOf(location) + record.position()) < 0) {
                    return null;
                }
            }
            DataInputStream in = payload(record.array(), PAGE);
            if (in == null || !key.equals(string(in)) || in.readLong() != structureEpoch || !renderer.equals(string(in))) {
                return null;
            }
            int status = in.readInt();
            String mediaType = string(in);
            String etag = string(in);
            String shown = string(in);
            byte[] body = blob(in);
            byte[] gzipped = blob(in);
            return new PublicCache.Entry(body, mediaType, etag, status, gzipped, shown.isEmpty() ? Set.of() : Set.of(shown.split(",")));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Copied page %s not readable: %s", key, e.getMessage());
            return null;
        }
    }

    /**
     * Copies {@code entry}, read or rendered since {@code since} (a {@link #generation()}), unless a change was forgotten
     * in between: then the copy may show what that change touched, and is not made.
     */
    void write(String key, PublicCache.Entry entry, long structureEpoch, String renderer, long since) {
        if (loading || generation.get() != since) {
            return; // a page read while the log is read back is answered from the database, not held up behind it
        }
        byte[] record;
        try {
            record = record(PAGE, pagePayload(key, entry, structureEpoch, renderer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (record.length > MAX_RECORD) {
            return;
        }
        synchronized (this) {
            if (generation.get() != since) {
                return;
            }
            try {
                open();
                long location = append(record);
                long previous = index.put(CopyIndex.hash(key), location, articleTagHashes(entry.tags()));
                liveBytes += record.length - (previous < 0 ? 0 : lengthOf(previous));
                emptyIfMostlyStale();
            } catch (IOException e) {
                LOG.warnf("Kept page %s not copied to this node's disk: %s", key, e.getMessage());
            }
        }
    }

    /** Forgets the copies of every page that shows one of {@code touched}. */
    void forget(Set<String> touched) {
        generation.incrementAndGet();
        String[] tags = touched.stream().filter(tag -> tag.startsWith(PublicPageStore.TAG_PREFIX)).sorted().toArray(String[]::new);
        if (tags.length == 0) {
            return;
        }
        synchronized (this) {
            open();
            if (forgetInIndex(tags) > 0) {
                try {
                    append(record(FORGET, String.join(",", tags).getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("本节点的页面副本无法删除：" + String.join(",", tags), e);
                }
                emptyIfMostlyStale();
            }
        }
    }

    /** The log is never rewritten: once it is mostly pages since changed or copied again, it starts over. */
    private void emptyIfMostlyStale() {
        if (storedBytes > emptiedAbove && storedBytes > 3 * liveBytes) {
            LOG.infof("Page copies hold %d MB for %d MB still answered: emptied, to be copied again as pages are read",
                    storedBytes >> 20, liveBytes >> 20);
            deleteAll();
        }
    }

    /** Deletes every copy: the directory was made from another database, or is too far behind to replay. */
    synchronized void empty() {
        generation.incrementAndGet();
        opened = true;
        deleteAll();
    }

    /** The change-log cursor up to which the copies are current for {@code database}, if this directory has one. */
    OptionalLong currentUpTo(String database) {
        try {
            String[] recorded = Files.readString(position).trim().split(" ");
            return recorded.length == 2 && recorded[0].equals(database) ? OptionalLong.of(Long.parseLong(recorded[1])) : OptionalLong.empty();
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("Page copies' position not readable, emptying them: %s", e.getMessage());
            return OptionalLong.empty();
        }
    }

    /**
     * Every change up to {@code cursor} is applied to the copies; {@code caughtUp}: every change made before this node
     * started is, so the copies may answer.
     */
    void followedUpTo(String database, long cursor, boolean caughtUp) {
        String recorded = database + " " + cursor;
        if (!recorded.equals(writtenPosition)) {
            try {
                Files.createDirectories(root);
                Path written = Files.createTempFile(root, ".position-", "");
                Files.writeString(written, recorded + "\n");
                Files.move(written, position, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                writtenPosition = recorded;
            } catch (IOException e) {
                LOG.warnf("Page copies' position not written: %s", e.getMessage());
            }
        }
        if (caughtUp) {
            current = true;
        }
    }

    private int forgetInIndex(String[] tags) {
        int forgotten = 0;
        for (String tag : tags) {
            for (int key : index.removeTag(CopyIndex.hash(tag))) {
                long location = index.remove(key);
                if (location >= 0) {
                    liveBytes -= lengthOf(location);
                }
                forgotten++;
            }
        }
        return forgotten;
    }

    private long append(byte[] record) throws IOException {
        if (appending < 0 || appendAt + record.length > logBytes) {
            startLogFile(appending + 1);
        }
        ByteBuffer bytes = ByteBuffer.wrap(record);
        while (bytes.hasRemaining()) {
            files[appending].write(bytes, appendAt + bytes.position());
        }
        long location = pack(appending, appendAt, record.length);
        appendAt += record.length;
        storedBytes += record.length;
        return location;
    }

    private void startLogFile(int number) throws IOException {
        if (number >= 1 << (63 - LENGTH_BITS - OFFSET_BITS)) {
            throw new IOException("too many copy log files; empty the copies");
        }
        Files.createDirectories(logs);
        FileChannel file = FileChannel.open(logFile(number), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        file.truncate(0);
        files = Arrays.copyOf(files, number + 1);
        files[number] = file;
        appending = number;
        appendAt = 0;
    }

    /** Reads the log back now, on the caller's thread, rather than on the first copy written or read. */
    void load() {
        loading = true;
        try {
            synchronized (this) {
                open();
            }
        } finally {
            loading = false;
        }
    }

    /** Reads the log once, in the order it was written, to know where each page's copy lies. */
    private void open() {
        if (opened) {
            return;
        }
        opened = true;
        removeFilePerPageLayout();
        long started = System.nanoTime();
        try {
            for (int number = 0; Files.exists(logFile(number)); number++) {
                FileChannel file = FileChannel.open(logFile(number), StandardOpenOption.READ, StandardOpenOption.WRITE);
                files = Arrays.copyOf(files, number + 1);
                files[number] = file;
                appending = number;
                appendAt = replay(number, file);
                storedBytes += appendAt;
            }
            if (appending >= 0) {
                LOG.infof("Page copies: %d pages found in %d MB of log in %d ms", index.size(), storedBytes >> 20,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Page copies not readable, emptying them: %s", e.toString());
            deleteAll();
        }
    }

    /**
     * Applies one log file's records to the index, read through one buffer (a million pages are two gigabytes: read
     * record by record into fresh arrays, they grew the heap by as much as the index is); gives where its last whole
     * record ends (a torn tail is cut off).
     */
    private long replay(int number, FileChannel file) throws IOException {
        long size = file.size();
        long at = 0;
        byte[] payload = new byte[1 << 16];
        try (DataInputStream log = new DataInputStream(new BufferedInputStream(Files.newInputStream(logFile(number)), 1 << 20))) {
            while (at + HEADER <= size) {
                int kind = log.readInt();
                int length = log.readInt();
                int crc = log.readInt();
                if ((kind != PAGE && kind != FORGET) || length < 0 || at + HEADER + length > size || HEADER + length > MAX_RECORD) {
                    break;
                }
                if (payload.length < length) {
                    payload = new byte[Math.max(length, payload.length * 2)];
                }
                log.readFully(payload, 0, length);
                if (!intact(payload, 0, length, crc)) {
                    break;
                }
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload, 0, length));
                if (kind == PAGE) {
                    String key = string(in);
                    in.readLong();
                    skipBlob(in);
                    in.readInt();
                    skipBlob(in);
                    skipBlob(in);
                    String shown = string(in);
                    long previous = index.put(CopyIndex.hash(key), pack(number, at, HEADER + length),
                            articleTagHashes(shown.isEmpty() ? Set.of() : Set.of(shown.split(","))));
                    liveBytes += HEADER + length - (previous < 0 ? 0 : lengthOf(previous));
                } else {
                    forgetInIndex(string(in, length).split(","));
                }
                at += HEADER + length;
            }
        }
        if (at < size) {
            LOG.warnf("Page copies' log %s ends in a partly written record: cut at %d of %d bytes", logFile(number), at, size);
            file.truncate(at);
        }
        return at;
    }

    private void deleteAll() {
        for (FileChannel file : files) {
            try {
                file.close();
            } catch (IOException ignored) {
                // being deleted
            }
        }
        files = new FileChannel[0];
        appending = -1;
        appendAt = 0;
        liveBytes = 0;
        storedBytes = 0;
        index.clear();
        deleteTree(logs);
        removeFilePerPageLayout();
    }

    /** Copies made by the version that kept a file per page, in {@code pages/} and {@code tags/}. */
    private void removeFilePerPageLayout() {
        deleteTree(root.resolve("pages"));
        deleteTree(root.resolve("tags"));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("本节点的页面副本无法清空：" + dir, e);
        }
    }

    private Path logFile(int number) {
        return logs.resolve("%06d.log".formatted(number));
    }

    private static int[] articleTagHashes(Set<String> tags) {
        return tags.stream().filter(tag -> tag.startsWith(PublicPageStore.TAG_PREFIX)).mapToInt(CopyIndex::hash).toArray();
    }

    private static long pack(int file, long offset, int length) {
        return ((long) file << (OFFSET_BITS + LENGTH_BITS)) | (offset << LENGTH_BITS) | length;
    }

    private static int fileOf(long location) {
        return (int) (location >>> (OFFSET_BITS + LENGTH_BITS));
    }

    private static long offsetOf(long location) {
        return (location >>> LENGTH_BITS) & ((1L << OFFSET_BITS) - 1);
    }

    private static int lengthOf(long location) {
        return (int) (location & MAX_RECORD);
    }

    /** kind, payload length, CRC-32 of the payload, payload. */
    private static byte[] record(int kind, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(HEADER + payload.length).putInt(kind).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
    }

    /** The record's payload if it is whole and of {@code kind}, else {@code null}. */
    private static DataInputStream payload(byte[] record, int kind) {
        ByteBuffer header = ByteBuffer.wrap(record);
        if (record.length < HEADER || header.getInt(0) != kind || header.getInt(4) != record.length - HEADER
                || !intact(record, HEADER, record.length - HEADER, header.getInt(8))) {
            return null;
        }
        return new DataInputStream(new ByteArrayInputStream(record, HEADER, record.length - HEADER));
    }

    private static boolean intact(byte[] bytes, int offset, int length, int crc) {
        CRC32 check = new CRC32();
        check.update(bytes, offset, length);
        return (int) check.getValue() == crc;
    }

    private static byte[] pagePayload(String key, PublicCache.Entry entry, long structureEpoch, String renderer) throws IOException {
        int size = 256 + entry.body().length + (entry.gzipped() == null ? 0 : entry.gzipped().length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, key);
            out.writeLong(structureEpoch);
            string(out, renderer);
            out.writeInt(entry.status());
            string(out, entry.mediaType());
            string(out, entry.etag());
            string(out, String.join(",", new TreeSet<>(entry.tags())));
            blob(out, entry.body());
            blob(out, entry.gzipped());
        }
        return bytes.toByteArray();
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        blob(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String string(DataInputStream in) throws IOException {
        return new String(blob(in), StandardCharsets.UTF_8);
    }

    private static String string(DataInputStream in, int length) throws IOException {
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void blob(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static void skipBlob(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.skipNBytes(length);
        }
    }

    private static byte[] blob(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
    }
}
