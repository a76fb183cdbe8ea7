--liquibase formatted sql

--changeset tianshan:0001-audit-log
CREATE TABLE audit_record (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME  NOT NULL,
    username       VARCHAR(100) NULL,
    unit_code      VARCHAR(32)  NULL,
    roles          VARCHAR(300) NULL,
    action         VARCHAR(100) NOT NULL,
    target_type    VARCHAR(60)  NULL,
    target_id      VARCHAR(200) NULL,
    outcome        VARCHAR(10)  NOT NULL,
    http_status    SMALLINT     NULL,
    error          VARCHAR(500) NULL,
    client_address VARCHAR(64)  NULL,
    request_id     VARCHAR(64)  NULL,
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_user (username, occurred_at),
    KEY ix_audit_unit (unit_code, occurred_at),
    KEY ix_audit_action (action, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The chain head is locked by every append, which serialises appends across backend instances.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));

CREATE TABLE audit_seen_session (
    session_id VARCHAR(100) NOT NULL PRIMARY KEY,
    first_seen DATETIME  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_seen_session; DROP TABLE audit_chain_head; DROP TABLE audit_record;
