--liquibase formatted sql

--changeset tianshan:0025-disclosure-requests
-- Disclosure on request (依申请公开, 政府信息公开条例 Arts. 29–33, 45): registered and dispatched by the site
-- office; a correction notice within 7 working days; a reply within 20, extendable once by at most 20 with a
-- leader's approval; time consulting a third party does not count.
CREATE TABLE disclosure_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_code       CHAR(12)      NOT NULL,
    password_hash       VARCHAR(200)  NOT NULL,
    applicant_type      VARCHAR(20)   NOT NULL COMMENT 'CITIZEN, ORGANISATION',
    applicant_name      VARCHAR(100)  NOT NULL,
    id_kind             VARCHAR(30)   NOT NULL,
    id_number           VARCHAR(40)   NOT NULL,
    contact_name        VARCHAR(50)   NULL,
    phone               VARCHAR(20)   NOT NULL,
    email               VARCHAR(100)  NULL,
    address             VARCHAR(200)  NOT NULL,
    postal_code         VARCHAR(6)    NULL,
    description         TEXT          NOT NULL,
    purpose             VARCHAR(500)  NULL,
    delivery_form       VARCHAR(20)   NOT NULL COMMENT 'PAPER, ELECTRONIC',
    delivery_method     VARCHAR(20)   NOT NULL COMMENT 'POST, PICKUP, EMAIL, ONLINE',
    status              VARCHAR(24)   NOT NULL,
    source_address      VARCHAR(45)   NULL,
    received_at         DATETIME      NOT NULL,
    unit_code           VARCHAR(16)   NULL,
    unit_opinion        TEXT          NULL,
    correction_note     VARCHAR(2000) NULL,
    supplement          TEXT          NULL,
    extension_days      INT           NULL,
    extension_reason    VARCHAR(500)  NULL,
    extension_status    VARCHAR(12)   NULL COMMENT 'REQUESTED, APPROVED, REFUSED',
    reply_type          VARCHAR(30)   NULL,
    legal_ground        VARCHAR(500)  NULL,
    reply_text          TEXT          NULL,
    reply_document_name VARCHAR(200)  NULL,
    reply_document_stored VARCHAR(100) NULL,
    replied_at          DATETIME      NULL,
    replied_by_name     VARCHAR(50)   NULL,
    delivery_record     VARCHAR(500)  NULL,
    delivered_on        DATE          NULL,
    archived_at         DATETIME      NULL,
    UNIQUE KEY uq_disclosure_tracking (tracking_code),
    KEY ix_disclosure_status (status, received_at),
    KEY ix_disclosure_received (received_at),
    CONSTRAINT fk_disclosure_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disclosure_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    event        VARCHAR(40)   NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    actor_name   VARCHAR(50)   NOT NULL,
    shown_to_applicant BOOLEAN NOT NULL,
    occurred_at  DATETIME      NOT NULL,
    KEY ix_disclosure_event_request (request_id, id),
    CONSTRAINT fk_disclosure_event_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE disclosure_event; DROP TABLE disclosure_request;
