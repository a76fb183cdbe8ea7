--liquibase formatted sql

--changeset tianshan:0029-interviews
-- Online interviews (在线访谈, Art. 23): a unit announces an interview with its guests (review chain 'interview');
-- the public sends questions into a moderated queue before and during it; accepted questions get a place in the
-- running order, the guests' answers are entered live; afterwards the transcript is published as the record.
CREATE TABLE interview (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code         VARCHAR(20)   NOT NULL,
    title             VARCHAR(150)  NOT NULL,
    description       TEXT          NOT NULL,
    starts_at         DATETIME      NOT NULL,
    ends_at           DATETIME      NOT NULL,
    status            VARCHAR(20)   NOT NULL COMMENT 'DRAFT, IN_REVIEW, RETURNED, PUBLISHED',
    revision          INT           NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_by_name   VARCHAR(50)   NOT NULL,
    created_at        DATETIME      NOT NULL,
    published_at      DATETIME      NULL,
    record_published_at DATETIME    NULL,
    record_summary    TEXT          NULL,
    accepted_count    INT           NOT NULL DEFAULT 0,
    KEY interview_status (status, starts_at)
);
CREATE TABLE interview_guest (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    interview_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    name          VARCHAR(50)   NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    CONSTRAINT interview_guest_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    UNIQUE KEY interview_guest_position (interview_id, position)
);
CREATE TABLE interview_question (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    interview_id       BIGINT         NOT NULL,
    content            VARCHAR(1000)  NOT NULL,
    asker_name         VARCHAR(50)    NULL,
    source_address     VARCHAR(45)    NOT NULL,
    received_at        DATETIME       NOT NULL,
    status             VARCHAR(20)    NOT NULL COMMENT 'PENDING, ACCEPTED, MERGED, REJECTED',
    screening          VARCHAR(300)   NULL,
    running_order      INT            NULL COMMENT 'place in the running order, given on acceptance',
    merged_with        BIGINT         NULL COMMENT 'the accepted question this one was merged with (not merged_into: Connector/J 9.6 takes a column ending in _into for SELECT ... INTO)',
    moderation_note    VARCHAR(200)   NULL,
    moderated_by_name  VARCHAR(50)    NULL,
    moderated_at       DATETIME       NULL,
    answer             TEXT           NULL,
    answered_by        VARCHAR(50)    NULL,
    answered_at        DATETIME       NULL,
    CONSTRAINT interview_question_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
    UNIQUE KEY interview_question_order (interview_id, running_order),
    KEY interview_question_queue (interview_id, status, id)
);
INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('interview', '在线访谈审核', 'interview', 1, NULL, '2026-12-03 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '发起单位负责人审核', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'interview';
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 2, '厅网站主管处室审核', 'SITE_OFFICE', FALSE, FALSE FROM review_chain WHERE code = 'interview';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'interview'); DELETE FROM review_chain WHERE code = 'interview'; DROP TABLE interview_question; DROP TABLE interview_guest; DROP TABLE interview;
