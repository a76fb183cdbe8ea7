--liquibase formatted sql

--changeset tianshan:0008-items
-- Information items (信息): the item carries its lifecycle, each save is an immutable revision.
CREATE TABLE item (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code             VARCHAR(16)  NOT NULL,
    kind                  VARCHAR(20)  NOT NULL,
    editorial_status      VARCHAR(20)  NOT NULL COMMENT 'DRAFT, IN_REVIEW, NEEDS_CHANGES, SCHEDULED, DONE',
    public_status         VARCHAR(20)  NOT NULL COMMENT 'UNPUBLISHED, PUBLISHED, WITHDRAWN, REMOVED',
    current_revision_id   BIGINT       NULL,
    current_revision_no   INT          NOT NULL DEFAULT 0,
    published_revision_id BIGINT       NULL,
    info_date             DATE         NOT NULL,
    important             BOOLEAN      NOT NULL,
    due_date              DATE         NOT NULL,
    due_explanation       VARCHAR(600) NOT NULL,
    index_number          VARCHAR(80)  NULL,
    scheduled_at          DATETIME     NULL,
    first_published_at    DATETIME     NULL,
    last_published_at     DATETIME     NULL,
    published_late        BOOLEAN      NULL,
    withdrawn_at          DATETIME     NULL,
    withdrawal_kind       VARCHAR(20)  NULL,
    withdrawal_reason     VARCHAR(500) NULL,
    withdrawn_by          VARCHAR(100) NULL,
    created_by            VARCHAR(100) NOT NULL,
    created_at            DATETIME     NOT NULL,
    updated_at            DATETIME     NOT NULL,
    UNIQUE KEY ux_item_index_number (index_number),
    KEY ix_item_unit (unit_code, updated_at),
    KEY ix_item_scheduled (editorial_status, scheduled_at),
    KEY ix_item_public (public_status, kind),
    CONSTRAINT fk_item_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE item_revision (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id                BIGINT        NOT NULL,
    number                 INT           NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    info_date              DATE          NOT NULL,
    important              BOOLEAN       NOT NULL,
    scheduled_at           DATETIME      NULL,
    title                  VARCHAR(200)  NOT NULL,
    subtitle               VARCHAR(200)  NULL,
    summary                VARCHAR(1000) NULL,
    body                   MEDIUMTEXT    NOT NULL,
    column_ids             VARCHAR(500)  NOT NULL COMMENT 'comma-separated; the first decides the review chain',
    attachment_ids         VARCHAR(1000) NOT NULL DEFAULT '',
    cover_attachment_id    BIGINT        NULL,
    origin                 VARCHAR(10)   NOT NULL,
    source_name            VARCHAR(100)  NULL,
    source_url             VARCHAR(500)  NULL,
    publication_form       VARCHAR(20)   NOT NULL,
    publication_form_other VARCHAR(50)   NULL,
    document_number        VARCHAR(100)  NULL,
    validity               VARCHAR(20)   NULL,
    interprets_item_id     BIGINT        NULL,
    content_hash           CHAR(64)      NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_by_name        VARCHAR(50)   NOT NULL,
    created_at             DATETIME      NOT NULL,
    UNIQUE KEY ux_item_revision (item_id, number),
    KEY ix_revision_interprets (interprets_item_id),
    CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE item_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT       NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    media_type    VARCHAR(150) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   DATETIME     NOT NULL,
    UNIQUE KEY ux_attachment_stored (stored_name),
    KEY ix_attachment_item (item_id),
    CONSTRAINT fk_attachment_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The public listing of each column, only for published items: keyset pagination on
-- (column_id, published_at, item_id) stays fast on the last page of 100,000 items.
CREATE TABLE item_placement (
    column_id    BIGINT   NOT NULL,
    published_at DATETIME NOT NULL,
    item_id      BIGINT   NOT NULL,
    PRIMARY KEY (column_id, published_at, item_id),
    KEY ix_placement_item (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every public change (published, updated, withdrawn, removed, structure): the integrators' feed, and
-- how every backend instance learns that its public cache is stale.
CREATE TABLE public_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    change_type VARCHAR(20) NOT NULL,
    item_id     BIGINT      NULL,
    revision_id BIGINT      NULL,
    occurred_at DATETIME    NOT NULL,
    KEY ix_public_change_item (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE item_index_sequence (
    year       INT NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE item_index_sequence; DROP TABLE public_change; DROP TABLE item_placement; DROP TABLE item_attachment; DROP TABLE item_revision; DROP TABLE item;
