package cn.tianshan.review;

import java.time.LocalDateTime;

/**
 * A document the public sees once its review chain approves it (a survey, a consultation, an interview): what
 * {@link DocumentReview} needs to run it on the engine.
 */
public interface ReviewedDocument {

    Long id();

    String title();

    String unitCode();

    int revision();

    String contentHash();

    String createdBy();

    LocalDateTime createdAt();

    /** A reviewer sent it back: its author may change it again. */
    void returned();

    /** Its author took it back from review. */
    void cancelled();
}
