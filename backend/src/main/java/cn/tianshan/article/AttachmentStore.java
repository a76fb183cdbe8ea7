package cn.tianshan.article;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.hash.Sha256;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Attachment bytes on disk, under generated names (never the uploader's), in {@code tianshan.storage.directory}. */
@ApplicationScoped
public class AttachmentStore {

    private final Path root;
    private final long maxSize;

    AttachmentStore(@ConfigProperty(name = "tianshan.storage.directory") String directory,
                    @ConfigProperty(name = "tianshan.attachments.max-size") MemorySize maxSize) {
        this.root = Path.of(directory).toAbsolutePath().normalize();
        this.maxSize = maxSize.asLongValue();
    }

    long maxSize() {
        return maxSize;
    }

    public record Stored(String name, String sha256) {
    }

    /** An upload whose bytes matched its name's type (FileTypes) and are now stored. */
    public record Accepted(String name, String sha256, String mediaType) {
    }

    /**
     * Types an upload by its bytes and stores it under a generated name; a 400 naming {@code file} when its type is
     * not allowed or its bytes are not what its name says. {@code name} is the uploader's, already tidied.
     */
    public Accepted accept(String name, byte[] content) {
        FileTypes.Verdict verdict = FileTypes.check(name, content);
        if (!verdict.accepted()) {
            throw ProblemException.invalid("file", verdict.problem());
        }
        Stored stored = store(content, FileTypes.extension(name).orElseThrow());
        return new Accepted(stored.name(), stored.sha256(), verdict.mediaType());
    }

    /** {@link #accept(String, byte[])} for an upload the REST layer left in a temporary file. */
    public Accepted accept(String name, Path uploaded) {
        try {
            return accept(name, Files.readAllBytes(uploaded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Stored store(byte[] content, String extension) {
        String name = UUID.randomUUID() + "." + extension;
        Path target = path(name);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an attachment", e);
        }
        return new Stored(name, Sha256.hex(content));
    }

    public Path path(String storedName) {
        Path path = root.resolve(storedName.substring(0, 2)).resolve(storedName).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("stored name outside the store");
        }
        return path;
    }
}
