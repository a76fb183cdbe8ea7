--liquibase formatted sql

--changeset tianshan:0035-audit-keycloak-events
-- Keycloak's events already copied into the audit chain: the key makes each copy happen once across instances,
-- and the newest time is where the next import starts.
CREATE TABLE audit_keycloak_event (
    event_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    kind        VARCHAR(10) NOT NULL,
    occurred_ms BIGINT      NOT NULL,
    KEY ix_audit_keycloak_event_time (kind, occurred_ms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_keycloak_event;
