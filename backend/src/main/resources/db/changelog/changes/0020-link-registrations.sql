--liquibase formatted sql

--changeset tianshan:0020-link-registrations
-- Annex 4 (应用服务系统及其它网站链接审核登记表): a link to a non-government site needs the unit's and the
-- site office's approval (Art. 9). Publishing refuses outbound links that are neither on a government host nor
-- covered by an approved, unexpired registration of their host.
CREATE TABLE link_registration (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code            VARCHAR(16)   NOT NULL,
    system_name          VARCHAR(100)  NOT NULL,
    url                  VARCHAR(500)  NOT NULL,
    host                 VARCHAR(255)  NOT NULL,
    introduction         VARCHAR(2000) NOT NULL,
    contact_name         VARCHAR(50)   NOT NULL,
    contact_office_phone VARCHAR(30)   NOT NULL,
    contact_mobile       VARCHAR(20)   NOT NULL,
    expires_on           DATE          NULL,
    status               VARCHAR(20)   NOT NULL COMMENT 'PENDING, APPROVED, REJECTED, REVOKED, EXPIRED, CANCELLED',
    revision             INT           NOT NULL,
    content_hash         CHAR(64)      NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_by_name      VARCHAR(50)   NOT NULL,
    created_at           DATETIME      NOT NULL,
    updated_at           DATETIME      NOT NULL,
    decided_at           DATETIME      NULL,
    expiry_reminded_for  DATE          NULL COMMENT 'the expiry date the reminder was sent for',
    KEY ix_link_registration_host (host, status),
    KEY ix_link_registration_unit (unit_code, id),
    CONSTRAINT fk_link_registration_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 办理情况: what happened to a registration besides its opinions (revocation, expiry, reminders, reachability).
CREATE TABLE link_registration_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT        NOT NULL,
    event           VARCHAR(30)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    actor_name      VARCHAR(50)   NOT NULL,
    occurred_at     DATETIME      NOT NULL,
    KEY ix_link_registration_event (registration_id, occurred_at),
    CONSTRAINT fk_link_registration_event FOREIGN KEY (registration_id) REFERENCES link_registration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('link-registration', '链接审核登记（第九条、附件4）', 'link-registration', 2, NULL, '2026-12-02 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '单位意见', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'link-registration' UNION ALL
SELECT id, 2, '厅网站主管处室意见', 'SITE_OFFICE', FALSE, FALSE FROM review_chain WHERE code = 'link-registration';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'link-registration'); DELETE FROM review_chain WHERE code = 'link-registration'; DROP TABLE link_registration_event; DROP TABLE link_registration;

--changeset tianshan:0020-link-monitor
-- The reachability monitor: one row per distinct URL checked, where each URL appears (rebuilt each run), and
-- each run's progress. A lease lets one node run it at a time.
CREATE TABLE link_check (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    url_hash             CHAR(64)      NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    host                 VARCHAR(255)  NOT NULL,
    consecutive_failures INT           NOT NULL DEFAULT 0,
    last_status          INT           NULL,
    last_error           VARCHAR(300)  NULL,
    last_checked_at      DATETIME      NULL,
    flagged_since        DATETIME      NULL,
    UNIQUE KEY ux_link_check_url (url_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE link_occurrence (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    url_hash    CHAR(64)      NOT NULL,
    source_type VARCHAR(30)   NOT NULL COMMENT 'article, link-registration, column',
    source_id   BIGINT        NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    unit_code   VARCHAR(16)   NOT NULL,
    page_path   VARCHAR(300)  NOT NULL,
    KEY ix_link_occurrence (url_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE link_check_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at  DATETIME     NOT NULL,
    finished_at DATETIME     NULL,
    total       INT          NOT NULL,
    checked     INT          NOT NULL,
    flagged     INT          NOT NULL,
    node        VARCHAR(100) NOT NULL,
    status      VARCHAR(20)  NOT NULL COMMENT 'RUNNING, FINISHED, FAILED'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE job_lease (
    name       VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(100) NULL,
    expires_at DATETIME     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO job_lease (name, holder, expires_at) VALUES ('link-monitor', NULL, '2000-01-01 00:00:00');
--rollback DROP TABLE job_lease; DROP TABLE link_check_run; DROP TABLE link_occurrence; DROP TABLE link_check;
