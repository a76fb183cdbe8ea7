--liquibase formatted sql

--changeset tianshan:0024-mailbox
-- The leader mailbox (领导信箱, Arts. 5 (11) and 13): letters from the public, dispatched by the technical
-- department to a unit, answered by its mailbox handler with the unit head's approval (review chain
-- mailbox-reply), due in 5 working days (at most 10 with an extension the site office approves).
CREATE TABLE mailbox_message (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_code       CHAR(12)      NOT NULL,
    password_hash       VARCHAR(200)  NOT NULL,
    kind                VARCHAR(20)   NOT NULL COMMENT 'COMPLAINT, CONSULTATION, SUGGESTION, PROBLEM',
    subject             VARCHAR(100)  NOT NULL,
    content             TEXT          NOT NULL,
    writer_name         VARCHAR(50)   NOT NULL,
    writer_phone        VARCHAR(20)   NOT NULL,
    writer_email        VARCHAR(100)  NULL,
    consent_to_publish  BOOLEAN       NOT NULL,
    attachment_name     VARCHAR(200)  NULL,
    attachment_stored   VARCHAR(100)  NULL,
    attachment_type     VARCHAR(100)  NULL,
    attachment_size     BIGINT        NULL,
    status              VARCHAR(20)   NOT NULL,
    screening_reasons   VARCHAR(500)  NULL,
    duplicate_of        BIGINT        NULL,
    fingerprint         BIGINT        NOT NULL COMMENT 'SimHash of the content, for near-duplicate detection',
    fingerprint_band0   INT           NOT NULL COMMENT 'the SimHash in four 16-bit bands: a near duplicate shares at least one',
    fingerprint_band1   INT           NOT NULL,
    fingerprint_band2   INT           NOT NULL,
    fingerprint_band3   INT           NOT NULL,
    source_address      VARCHAR(45)   NULL,
    received_at         DATETIME      NOT NULL,
    unit_code           VARCHAR(16)   NULL,
    dispatched_at       DATETIME      NULL,
    dispatched_by_name  VARCHAR(50)   NULL,
    reply_draft         TEXT          NULL,
    reply_revision      INT           NOT NULL DEFAULT 0,
    reply_hash          CHAR(64)      NULL,
    drafted_by          VARCHAR(100)  NULL,
    drafted_by_name     VARCHAR(50)   NULL,
    reply               TEXT          NULL,
    replied_at          DATETIME      NULL,
    extension_days      INT           NULL COMMENT 'requested, awaiting the site office',
    extension_reason    VARCHAR(500)  NULL,
    clarification_request VARCHAR(1000) NULL,
    rating              VARCHAR(20)   NULL,
    rating_comment      VARCHAR(500)  NULL,
    rated_at            DATETIME      NULL,
    published           BOOLEAN       NOT NULL DEFAULT FALSE,
    public_subject      VARCHAR(100)  NULL,
    public_content      TEXT          NULL,
    public_reply        TEXT          NULL,
    published_at        DATETIME      NULL,
    UNIQUE KEY uq_mailbox_tracking (tracking_code),
    KEY ix_mailbox_status (status, received_at),
    KEY ix_mailbox_unit (unit_code, status),
    KEY ix_mailbox_received (received_at),
    KEY ix_mailbox_published (published, replied_at),
    KEY ix_mailbox_band0 (fingerprint_band0),
    KEY ix_mailbox_band1 (fingerprint_band1),
    KEY ix_mailbox_band2 (fingerprint_band2),
    KEY ix_mailbox_band3 (fingerprint_band3),
    CONSTRAINT fk_mailbox_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mailbox_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id   BIGINT        NOT NULL,
    event        VARCHAR(40)   NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    actor_name   VARCHAR(50)   NOT NULL,
    shown_to_writer BOOLEAN    NOT NULL,
    occurred_at  DATETIME      NOT NULL,
    KEY ix_mailbox_event_message (message_id, id),
    CONSTRAINT fk_mailbox_event_message FOREIGN KEY (message_id) REFERENCES mailbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('mailbox-reply', '领导信箱答复审核', 'mailbox-reply', 1, NULL, '2026-12-02 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '承办单位负责人审核', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'mailbox-reply';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'mailbox-reply'); DELETE FROM review_chain WHERE code = 'mailbox-reply'; DROP TABLE mailbox_event; DROP TABLE mailbox_message;
