--liquibase formatted sql

--changeset tianshan:0027-consultations
-- Consultations (征求意见, Art. 23): a unit publishes a draft for comment after its head and the site office agree
-- (review chain 'consultation'); the public comments, the unit moderates what is shown; after the close the unit
-- owes a feedback summary within a number of working days (a clock of the deadline engine, purpose 'feedback').
CREATE TABLE consultation (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code              VARCHAR(20)   NOT NULL,
    title                  VARCHAR(150)  NOT NULL,
    summary                VARCHAR(500)  NOT NULL,
    body                   MEDIUMTEXT    NOT NULL,
    opens_at               DATETIME      NOT NULL,
    closes_at              DATETIME      NOT NULL,
    contact_required       BOOLEAN       NOT NULL,
    status                 VARCHAR(20)   NOT NULL COMMENT 'DRAFT, IN_REVIEW, RETURNED, PUBLISHED',
    revision               INT           NOT NULL,
    content_hash           CHAR(64)      NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_by_name        VARCHAR(50)   NOT NULL,
    created_at             DATETIME      NOT NULL,
    published_at           DATETIME      NULL,
    closed_early_at        DATETIME      NULL,
    closed_early_note      VARCHAR(200)  NULL,
    feedback_adopted       TEXT          NULL,
    feedback_not_adopted   TEXT          NULL,
    feedback_adopted_count INT           NULL,
    feedback_comment_count INT           NULL,
    feedback_at            DATETIME      NULL,
    feedback_by_name       VARCHAR(50)   NULL,
    KEY consultation_status (status, opens_at)
);
CREATE TABLE consultation_comment (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT         NOT NULL,
    content          VARCHAR(3000)  NOT NULL,
    commenter_name   VARCHAR(50)    NULL,
    commenter_contact VARCHAR(100)  NULL,
    source_address   VARCHAR(45)    NOT NULL,
    received_at      DATETIME       NOT NULL,
    status           VARCHAR(20)    NOT NULL COMMENT 'PENDING, SHOWN, HIDDEN',
    screening        VARCHAR(300)   NULL,
    moderated_by_name VARCHAR(50)   NULL,
    moderated_at     DATETIME       NULL,
    CONSTRAINT consultation_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    KEY consultation_comment_list (consultation_id, status, id)
);
INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('consultation', '征求意见审核', 'consultation', 1, NULL, '2026-12-03 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '发起单位负责人审核', 'AUTHOR_UNIT_HEAD', TRUE, FALSE FROM review_chain WHERE code = 'consultation';
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 2, '厅网站主管处室审核', 'SITE_OFFICE', FALSE, TRUE FROM review_chain WHERE code = 'consultation';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'consultation'); DELETE FROM review_chain WHERE code = 'consultation'; DROP TABLE consultation_comment; DROP TABLE consultation;
