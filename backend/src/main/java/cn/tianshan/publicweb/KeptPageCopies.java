package cn.tianshan.publicweb;

import cn.tianshan.common.hash.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * This node's copy of the pages kept at publication, as files on its own disk, the way the field's static-publishing
 * systems serve a published page: a page this node renders or reads from the database is written here too, and
 * answered from here with one file read, without a round trip. The database stays the truth. A file carries the
 * structure epoch and renderer of the row it copies; a change deletes the files of the pages that show what it
 * touched when this node learns of it (at once for its own changes, within a second for another node's), and a file
 * written from a read that such a deletion overtook is deleted again by its writer. The directory records how far in
 * the change log it is current and for which database, so a restarted node replays what it missed before it answers
 * from a file; one made from another database, or too far behind, is emptied.
 *
 * <p>Layout: {@code pages/ab/<hash of the key>} holds a page; {@code tags/cd/<hash of a tag>/} holds an empty file
 * named after each page that shows that tag; {@code position} holds the database and the change-log cursor.
 */
final class KeptPageCopies {

    private static final Logger LOG = Logger.getLogger(KeptPageCopies.class);
    private static final int MAGIC = 0x54535031;

    private final Path pages;
    private final Path tags;
    private final Path position;
    private final Path root;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean current;
    private volatile String writtenPosition;

    KeptPageCopies(Path root) {
        this.root = root;
        this.pages = root.resolve("pages");
        this.tags = root.resolve("tags");
        this.position = root.resolve("position");
    }

    /** Taken before a page is read from the database or rendered; {@link #write} is given it back. */
    long generation() {
        return generation.get();
    }

    /** The copy of {@code key} if this node has one made under this structure and renderer, else {@code null}. */
    PublicCache.Entry read(String key, long structureEpoch, String renderer) {
        if (!current) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pageFile(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debugf("Mirrored page %s not readable: %s", key, e.getMessage());
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || !key.equals(string(in)) || in.readLong() != structureEpoch || !renderer.equals(string(in))) {
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
            LOG.debugf("Mirrored page %s not readable: %s", key, e.getMessage());
            return null;
        }
    }

    /**
     * Copies {@code entry}, read or rendered since {@code since} (a {@link #generation()}), unless a deletion came in
     * between: then the copy may show what that deletion was for, and goes.
     */
    void write(String key, PublicCache.Entry entry, long structureEpoch, String renderer, long since) {
        Path file = pageFile(key);
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), ".writing-", "");
            Files.write(written, encode(key, entry, structureEpoch, renderer));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (String tag : entry.tags()) {
                if (tag.startsWith(PublicPageStore.TAG_PREFIX)) {
                    mark(tag, file.getFileName().toString());
                }
            }
            if (generation.get() != since) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warnf("Kept page %s not copied to this node's disk: %s", key, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing copied then
            }
        }
    }

    private void mark(String tag, String page) throws IOException {
        Path dir = tagDirectory(tag);
        Files.createDirectories(dir);
        try {
            Files.createFile(dir.resolve(page));
        } catch (FileAlreadyExistsException e) {
            // marked by an earlier copy
        }
    }

    /** Deletes the copies of every page that shows one of {@code touched}. */
    void forget(Set<String> touched) {
        generation.incrementAndGet();
        for (String tag : touched) {
            if (!tag.startsWith(PublicPageStore.TAG_PREFIX)) {
                continue;
            }
            Path dir = tagDirectory(tag);
            try (DirectoryStream<Path> marks = Files.newDirectoryStream(dir)) {
                for (Path mark : marks) {
                    String page = mark.getFileName().toString();
                    Files.deleteIfExists(pages.resolve(page.substring(0, 2)).resolve(page));
                    Files.deleteIfExists(mark);
                }
                Files.deleteIfExists(dir);
            } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                // nothing copied shows it, or a copy is being written: its writer sees the generation move and deletes it
            } catch (IOException e) {
                throw new UncheckedIOException("本节点的页面副本无法删除：" + dir, e);
            }
        }
    }

    /** Deletes every copy: the directory was made from another database, or is too far behind to replay. */
    void empty() {
        generation.incrementAndGet();
        for (Path dir : new Path[] {pages, tags}) {
            if (!Files.exists(dir)) {
                continue;
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

    private Path pageFile(String key) {
        String name = hash(key);
        return pages.resolve(name.substring(0, 2)).resolve(name);
    }

    private Path tagDirectory(String tag) {
        String name = hash(tag);
        return tags.resolve(name.substring(0, 2)).resolve(name);
    }

    private static String hash(String value) {
        return HexFormat.of().formatHex(Sha256.digest(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static byte[] encode(String key, PublicCache.Entry entry, long structureEpoch, String renderer) throws IOException {
        int size = 256 + entry.body().length + (entry.gzipped() == null ? 0 : entry.gzipped().length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
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

    private static void blob(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] blob(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
    }
}
