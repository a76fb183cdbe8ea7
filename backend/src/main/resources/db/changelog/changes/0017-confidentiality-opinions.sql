--liquibase formatted sql

--changeset tianshan:0017-confidentiality-opinions
-- Annex 5 opinions are records: a changed opinion is a new row and every earlier one stays visible and printable.
-- A leader opinion names the staff opinion it follows; a new staff opinion needs the leader to sign again.
CREATE TABLE confidentiality_opinion (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id          BIGINT       NOT NULL,
    role               VARCHAR(10)  NOT NULL COMMENT 'STAFF or LEADER',
    opinion            VARCHAR(10)  NOT NULL COMMENT 'AGREE or DISAGREE',
    note               VARCHAR(500) NULL,
    username           VARCHAR(100) NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    given_at           DATETIME     NOT NULL,
    follows_opinion_id BIGINT       NULL,
    KEY ix_confidentiality_opinion_review (review_id, id),
    CONSTRAINT fk_confidentiality_opinion_review FOREIGN KEY (review_id) REFERENCES confidentiality_review (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO confidentiality_opinion (review_id, role, opinion, note, username, name, given_at)
SELECT id, 'STAFF', staff_opinion, staff_note, staff_username, staff_name, staff_at FROM confidentiality_review
 WHERE staff_opinion IS NOT NULL;
INSERT INTO confidentiality_opinion (review_id, role, opinion, note, username, name, given_at, follows_opinion_id)
SELECT r.id, 'LEADER', r.leader_opinion, r.leader_note, r.leader_username, r.leader_name, r.leader_at, o.id
  FROM confidentiality_review r JOIN confidentiality_opinion o ON o.review_id = r.id AND o.role = 'STAFF'
 WHERE r.leader_opinion IS NOT NULL;
ALTER TABLE confidentiality_review ADD COLUMN revision_no INT NOT NULL DEFAULT 1 AFTER revision_id;
UPDATE confidentiality_review c JOIN article_revision r ON r.id = c.revision_id SET c.revision_no = r.number;
ALTER TABLE confidentiality_review DROP COLUMN staff_opinion, DROP COLUMN staff_username, DROP COLUMN staff_name,
    DROP COLUMN staff_note, DROP COLUMN staff_at, DROP COLUMN leader_opinion, DROP COLUMN leader_username,
    DROP COLUMN leader_name, DROP COLUMN leader_note, DROP COLUMN leader_at;
