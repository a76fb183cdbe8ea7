package cn.tianshan.intake;

import cn.tianshan.article.AttachmentStore;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A file the public attaches to a letter: uploaded first (type checked by its bytes, size limited), then claimed
 * once by the submission that names its token. Unclaimed uploads are removed after a day.
 */
@ApplicationScoped
public class IntakeUploads {

    public record UploadReceipt(String token, String name, long size, String mediaType) {
    }

    public record StoredUpload(String originalName, String storedName, String mediaType, long size) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final EntityManager em;
    private final AttachmentStore store;
    private final Clock clock;
    private final long maxSize;
    private final SecureRandom random = new SecureRandom();

    IntakeUploads(EntityManager em, AttachmentStore store, Clock clock,
                  @ConfigProperty(name = "tianshan.intake.max-attachment") MemorySize maxSize) {
        this.em = em;
        this.store = store;
        this.clock = clock;
        this.maxSize = maxSize.asLongValue();
    }

    @Transactional
    public UploadReceipt accept(String originalName, byte[] content) {
        if (content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        if (content.length > maxSize) {
            throw ProblemException.invalid("file", "附件不能超过 " + maxSize / (1024 * 1024) + " MB");
        }
        String name = originalName == null || originalName.isBlank() ? "附件" : originalName.trim();
        if (name.length() > 200) {
            throw ProblemException.invalid("file", "文件名不能超过 200 个字符");
        }
        AttachmentStore.Accepted stored = store.accept(name, content);
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HEX.formatHex(bytes);
        em.createNativeQuery("INSERT INTO intake_upload (token, original_name, stored_name, media_type, size_bytes, sha256, uploaded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, token).setParameter(2, name).setParameter(3, stored.name()).setParameter(4, stored.mediaType())
                .setParameter(5, (long) content.length).setParameter(6, stored.sha256()).setParameter(7, Timestamps.now(clock))
                .executeUpdate();
        return new UploadReceipt(token, name, content.length, stored.mediaType());
    }

    /** The upload, claimed for {@code owner}; empty when the token is unknown or already used. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredUpload> claim(String token, String owner) {
        int claimed = em.createNativeQuery("UPDATE intake_upload SET claimed_by = ?1 WHERE token = ?2 AND claimed_by IS NULL")
                .setParameter(1, owner).setParameter(2, token).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT original_name, stored_name, media_type, size_bytes FROM intake_upload WHERE token = ?1")
                .setParameter(1, token).getResultList();
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new StoredUpload((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()));
    }

    public Path path(String storedName) {
        return store.path(storedName);
    }
}
