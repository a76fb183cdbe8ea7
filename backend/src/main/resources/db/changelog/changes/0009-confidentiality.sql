--liquibase formatted sql

--changeset tianshan:0009-confidentiality
-- 机关、单位互联网网站信息发布保密审查表 (Annex 5), bound to the exact revision it reviewed.
CREATE TABLE confidentiality_review (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    serial_year            INT           NOT NULL,
    serial_no              INT           NOT NULL,
    item_id                BIGINT        NOT NULL,
    revision_id            BIGINT        NOT NULL,
    revision_hash          CHAR(64)      NOT NULL,
    department             VARCHAR(60)   NOT NULL,
    item_title             VARCHAR(200)  NOT NULL,
    origin                 VARCHAR(10)   NOT NULL,
    source_name            VARCHAR(100)  NULL,
    publication_form       VARCHAR(20)   NOT NULL,
    publication_form_other VARCHAR(50)   NULL,
    staff_opinion          VARCHAR(10)   NULL,
    staff_username         VARCHAR(100)  NULL,
    staff_name             VARCHAR(50)   NULL,
    staff_note             VARCHAR(500)  NULL,
    staff_at               DATETIME      NULL,
    leader_opinion         VARCHAR(10)   NULL,
    leader_username        VARCHAR(100)  NULL,
    leader_name            VARCHAR(50)   NULL,
    leader_note            VARCHAR(500)  NULL,
    leader_at              DATETIME      NULL,
    handler_username       VARCHAR(100)  NULL,
    handler_name           VARCHAR(50)   NULL,
    handled_at             DATETIME      NULL,
    created_at             DATETIME      NOT NULL,
    UNIQUE KEY ux_confidentiality_serial (serial_year, serial_no),
    UNIQUE KEY ux_confidentiality_revision (revision_id),
    KEY ix_confidentiality_item (item_id),
    CONSTRAINT fk_confidentiality_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE confidentiality_sequence (
    year       INT NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE confidentiality_sequence; DROP TABLE confidentiality_review;
