--liquibase formatted sql

--changeset tianshan:0026-surveys
-- Online surveys (网上调查, Art. 23's interaction channel): a unit drafts the questions, its head and the site
-- office approve them (review chain 'survey'), the public answers between the open and close times. The counters
-- (responses, answered, chosen) move in the transaction that stores the answers, so they are exact however many
-- people answer at once, and reading the results costs the same with ten answers or a million.
CREATE TABLE survey (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code         VARCHAR(20)   NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    description       TEXT          NOT NULL,
    opens_at          DATETIME      NOT NULL,
    closes_at         DATETIME      NOT NULL,
    results_shown     VARCHAR(20)   NOT NULL COMMENT 'LIVE, AFTER_CLOSE',
    status            VARCHAR(20)   NOT NULL COMMENT 'DRAFT, IN_REVIEW, RETURNED, PUBLISHED',
    revision          INT           NOT NULL,
    content_hash      CHAR(64)      NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_by_name   VARCHAR(50)   NOT NULL,
    created_at        DATETIME      NOT NULL,
    published_at      DATETIME      NULL,
    closed_early_at   DATETIME      NULL,
    closed_early_note VARCHAR(200)  NULL,
    responses         BIGINT        NOT NULL DEFAULT 0,
    KEY survey_status (status, opens_at)
);
CREATE TABLE survey_question (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(20)   NOT NULL COMMENT 'SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT',
    prompt     VARCHAR(300)  NOT NULL,
    required   BOOLEAN       NOT NULL,
    answered   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    UNIQUE KEY survey_question_position (survey_id, position)
);
CREATE TABLE survey_option (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    label        VARCHAR(100)  NOT NULL,
    chosen       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT survey_option_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    UNIQUE KEY survey_option_position (question_id, position)
);
-- One response per voter cookie and survey; the address tally caps how many responses one address may give.
-- No foreign key to survey: checking it would take a shared lock on the survey row that every answering
-- transaction then wants to upgrade (its counter), and concurrent answers would deadlock. Surveys are never deleted.
CREATE TABLE survey_response (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT        NOT NULL,
    voter_hash    CHAR(64)      NOT NULL,
    address_hash  CHAR(64)      NOT NULL,
    answered_at   DATETIME      NOT NULL,
    UNIQUE KEY survey_response_voter (survey_id, voter_hash)
);
CREATE TABLE survey_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT        NOT NULL,
    survey_id    BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    option_id    BIGINT        NULL,
    text         VARCHAR(1000) NULL,
    CONSTRAINT survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    KEY survey_answer_counts (survey_id, question_id, option_id)
);
CREATE TABLE survey_address_tally (
    survey_id     BIGINT    NOT NULL,
    address_hash  CHAR(64)  NOT NULL,
    responses     INT       NOT NULL,
    PRIMARY KEY (survey_id, address_hash)
);
INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('survey', '网上调查审核', 'survey', 1, NULL, '2026-12-03 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '发起单位负责人审核', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'survey';
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 2, '厅网站主管处室审核', 'SITE_OFFICE', FALSE, FALSE FROM review_chain WHERE code = 'survey';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'survey'); DELETE FROM review_chain WHERE code = 'survey'; DROP TABLE survey_address_tally; DROP TABLE survey_answer; DROP TABLE survey_response; DROP TABLE survey_option; DROP TABLE survey_question; DROP TABLE survey;
