package cn.tianshan.interview;

import cn.tianshan.article.AttachmentStore;
import cn.tianshan.article.FileTypes;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.interview.InterviewRepositories.GuestRepository;
import cn.tianshan.interview.InterviewRepositories.InterviewRepository;
import cn.tianshan.interview.InterviewRepositories.PhotoRepository;
import cn.tianshan.interview.InterviewViews.GuestPhoto;
import cn.tianshan.review.DraftStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Guests' photos: uploaded to an interview by the unit that runs it, shown to the public once it is published. */
@ApplicationScoped
public class InterviewPhotos {

    static final long MAX_SIZE = 2L * 1024 * 1024;
    private static final Set<String> PHOTO_TYPES = Set.of("jpg", "jpeg", "png", "gif");

    /** A stored photo: where its bytes are and what they are. */
    public record PhotoFile(Path path, String mediaType) {
    }

    private final Interviews interviews;
    private final InterviewRepository repository;
    private final PhotoRepository photos;
    private final GuestRepository guests;
    private final AttachmentStore store;
    private final CurrentUser user;
    private final Clock clock;

    InterviewPhotos(Interviews interviews, InterviewRepository repository, PhotoRepository photos, GuestRepository guests,
                    AttachmentStore store, CurrentUser user, Clock clock) {
        this.interviews = interviews;
        this.repository = repository;
        this.photos = photos;
        this.guests = guests;
        this.store = store;
        this.user = user;
        this.clock = clock;
    }

    static String staffUrl(long interviewId, long photoId) {
        return "/api/interviews/" + interviewId + "/guest-photos/" + photoId;
    }

    static String publicUrl(long interviewId, long photoId) {
        return "/api/public/interviews/" + interviewId + "/guest-photos/" + photoId;
    }

    /** Stores a JPEG, PNG or GIF of at most 2 MB, typed by its bytes, for a guest of an interview still being drafted. */
    @Transactional
    public GuestPhoto upload(long interviewId, String originalName, Path uploaded, long size) {
        Interview interview = interviews.lockOwn(interviewId);
        if (!interview.status().editable()) {
            throw ProblemException.conflict("访谈" + interview.status().label() + "，不能再更换嘉宾照片");
        }
        if (size > MAX_SIZE) {
            throw new ProblemException(413, "payload-too-large", "照片过大", "嘉宾照片不能超过 2 MB",
                    List.of(new FieldError("file", "嘉宾照片不能超过 2 MB")), null);
        }
        String name = originalName == null || originalName.isBlank() ? "photo" : originalName.strip();
        if (!FileTypes.extension(name).filter(PHOTO_TYPES::contains).isPresent()) {
            throw ProblemException.invalid("file", "嘉宾照片须为 JPG、PNG 或 GIF 图片");
        }
        AttachmentStore.Accepted stored = store.accept(name, uploaded);
        InterviewPhoto photo = InterviewPhoto.of(interviewId, stored.name(), stored.mediaType(), size, stored.sha256(),
                user.username(), Timestamps.now(clock));
        photos.persist(photo);
        photos.flush();
        return new GuestPhoto(photo.id(), staffUrl(interviewId, photo.id()));
    }

    /** For staff who may read the interview, also before it is published. */
    public PhotoFile staffFile(long interviewId, long photoId) {
        interviews.readable(interviewId);
        return file(interviewId, photoId);
    }

    /** For the public: only a photo a guest of a published interview shows. */
    public PhotoFile publicFile(long interviewId, long photoId) {
        boolean shown = repository.findByIdOptional(interviewId).filter(i -> i.status() == DraftStatus.PUBLISHED).isPresent()
                && guests.of(interviewId).stream().anyMatch(g -> Long.valueOf(photoId).equals(g.photoId()));
        if (!shown) {
            throw ProblemException.notFound("嘉宾照片", photoId);
        }
        return file(interviewId, photoId);
    }

    private PhotoFile file(long interviewId, long photoId) {
        InterviewPhoto photo = photos.of(interviewId, photoId).orElseThrow(() -> ProblemException.notFound("嘉宾照片", photoId));
        return new PhotoFile(store.path(photo.storedName()), photo.mediaType());
    }
}
