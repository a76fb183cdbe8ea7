--liquibase formatted sql

--changeset tianshan:0019-topic-column-lifecycle
-- Art. 8: a topic column runs from its start to its end date; not updated for two months it leaves the main
-- site's homepage and navigation (dormant) until its next publication; after its end date it is archived.
ALTER TABLE site_column
    ADD COLUMN starts_on     DATE         NULL,
    ADD COLUMN ends_on       DATE         NULL,
    ADD COLUMN external_url  VARCHAR(500) NULL COMMENT 'a topic column that is an existing topic site elsewhere',
    ADD COLUMN dormant_since DATETIME     NULL COMMENT 'out of homepage and navigation for want of updates (Art. 8)';

-- One row per transition or warning. The basis is the last update the event is about (or the end date), so a
-- warning is given once per silence, and two scheduler instances cannot record the same event twice.
CREATE TABLE column_lifecycle_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    column_id   BIGINT       NOT NULL,
    event       VARCHAR(20)  NOT NULL COMMENT 'WARNED_14, WARNED_7, HIDDEN, RESTORED, ARCHIVED',
    basis       DATETIME     NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    occurred_at DATETIME     NOT NULL,
    UNIQUE KEY ux_lifecycle_event (column_id, event, basis),
    KEY ix_lifecycle_recent (occurred_at),
    CONSTRAINT fk_lifecycle_column FOREIGN KEY (column_id) REFERENCES site_column (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE column_lifecycle_event; ALTER TABLE site_column DROP COLUMN starts_on, DROP COLUMN ends_on, DROP COLUMN external_url, DROP COLUMN dormant_since;

--changeset tianshan:0019-topic-column-applications
-- Annex 2 (开设专题专栏申请表): a unit applies; its head, the technical department and the site office give
-- their opinions in order (review engine); the last approval opens the column.
CREATE TABLE topic_column_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    applicant_unit       VARCHAR(16)   NOT NULL,
    topic_name           VARCHAR(100)  NOT NULL,
    topic_url            VARCHAR(500)  NULL COMMENT 'for an existing topic site',
    reason               VARCHAR(2000) NOT NULL,
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    contact_name         VARCHAR(50)   NOT NULL,
    contact_office_phone VARCHAR(30)   NOT NULL,
    contact_mobile       VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL COMMENT 'IN_REVIEW, RETURNED, CANCELLED, APPROVED',
    revision             INT           NOT NULL,
    content_hash         CHAR(64)      NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_by_name      VARCHAR(50)   NOT NULL,
    created_at           DATETIME      NOT NULL,
    updated_at           DATETIME      NOT NULL,
    approved_at          DATETIME      NULL,
    resulting_column_id  BIGINT        NULL,
    KEY ix_topic_application_unit (applicant_unit, id),
    CONSTRAINT fk_topic_application_unit FOREIGN KEY (applicant_unit) REFERENCES org_unit (code),
    CONSTRAINT fk_topic_application_column FOREIGN KEY (resulting_column_id) REFERENCES site_column (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE topic_column_application_column (
    application_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    update_class   VARCHAR(20)  NOT NULL,
    owner_unit     VARCHAR(16)  NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_topic_inner_application FOREIGN KEY (application_id) REFERENCES topic_column_application (id),
    CONSTRAINT fk_topic_inner_owner FOREIGN KEY (owner_unit) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('topic-column', '开设专题专栏（第八条、附件2）', 'topic-column-application', 3, NULL, '2026-12-02 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '申请单位意见', 'AUTHOR_UNIT_HEAD', FALSE, FALSE FROM review_chain WHERE code = 'topic-column' UNION ALL
SELECT id, 2, '技术部门意见', 'TECHNICAL_DEPARTMENT', FALSE, FALSE FROM review_chain WHERE code = 'topic-column' UNION ALL
SELECT id, 3, '厅网站主管处室意见', 'SITE_OFFICE', FALSE, FALSE FROM review_chain WHERE code = 'topic-column';
--rollback DELETE FROM review_step WHERE chain_id = (SELECT id FROM review_chain WHERE code = 'topic-column'); DELETE FROM review_chain WHERE code = 'topic-column'; DROP TABLE topic_column_application_column; DROP TABLE topic_column_application;
