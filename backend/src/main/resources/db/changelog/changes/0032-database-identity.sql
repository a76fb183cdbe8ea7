--liquibase formatted sql

--changeset tianshan:0032-database-identity
-- Which database this is. A node's local copies of database content (the search index) record it, so a copy made
-- from another database (one recreated, or restored from an older backup) is rebuilt instead of trusted.
CREATE TABLE database_identity (
    id   INT      NOT NULL PRIMARY KEY,
    uuid CHAR(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO database_identity (id, uuid) VALUES (1, UUID());
--rollback DROP TABLE database_identity;
