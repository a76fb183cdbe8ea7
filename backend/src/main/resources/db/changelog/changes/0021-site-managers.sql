--liquibase formatted sql

--changeset tianshan:0021-site-managers
-- Annex 1 (管理人员备案登记表): a unit files who manages each of its columns, topic sites, topic columns and its
-- part of the leader mailbox; its head signs the filing (review engine); the technical department keeps the
-- registry. Each registry row is effective from a day until the day before its successor's: who was
-- responsible on any date stays answerable.
CREATE TABLE site_manager_filing (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code       VARCHAR(16)   NOT NULL,
    effective_from  DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL COMMENT 'PENDING, SIGNED, RETURNED, CANCELLED',
    revision        INT           NOT NULL,
    content_hash    CHAR(64)      NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_by_name VARCHAR(50)   NOT NULL,
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    signed_at       DATETIME      NULL,
    signed_on_paper BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'entered by the technical department from a signed and sealed paper Annex 1',
    KEY ix_site_manager_filing_unit (unit_code, id),
    CONSTRAINT fk_site_manager_filing_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE site_manager_filing_entry (
    filing_id        BIGINT        NOT NULL,
    position         INT           NOT NULL,
    category         VARCHAR(20)   NOT NULL COMMENT 'MAIN_COLUMN, TOPIC_SITE, TOPIC_COLUMN, MAILBOX',
    subject_key      VARCHAR(40)   NOT NULL,
    subject_name     VARCHAR(200)  NOT NULL,
    manager_username VARCHAR(100)  NULL,
    manager_name     VARCHAR(50)   NOT NULL,
    office_phone     VARCHAR(30)   NOT NULL,
    mobile           VARCHAR(20)   NOT NULL,
    email            VARCHAR(100)  NULL,
    PRIMARY KEY (filing_id, position),
    CONSTRAINT fk_site_manager_entry_filing FOREIGN KEY (filing_id) REFERENCES site_manager_filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE site_manager (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code        VARCHAR(16)   NOT NULL,
    category         VARCHAR(20)   NOT NULL,
    subject_key      VARCHAR(40)   NOT NULL,
    subject_name     VARCHAR(200)  NOT NULL,
    manager_username VARCHAR(100)  NULL,
    manager_name     VARCHAR(50)   NOT NULL,
    office_phone     VARCHAR(30)   NOT NULL,
    mobile           VARCHAR(20)   NOT NULL,
    email            VARCHAR(100)  NULL,
    effective_from   DATE          NOT NULL,
    effective_to     DATE          NULL,
    filing_id        BIGINT        NOT NULL,
    KEY ix_site_manager_subject (unit_code, subject_key, effective_from),
    CONSTRAINT fk_site_manager_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code),
    CONSTRAINT fk_site_manager_filing FOREIGN KEY (filing_id) REFERENCES site_manager_filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('site-manager-filing', '管理人员备案（附件1）', 'site-manager-filing', 1, NULL, '2026-12-02 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '单位负责人签字', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'site-manager-filing';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'site-manager-filing'); DELETE FROM review_chain WHERE code = 'site-manager-filing'; DROP TABLE site_manager; DROP TABLE site_manager_filing_entry; DROP TABLE site_manager_filing;
