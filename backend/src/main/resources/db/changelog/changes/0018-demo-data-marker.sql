--liquibase formatted sql

--changeset tianshan:0018-demo-data-marker
-- deploy/run loads its demo data once per database; the row says it was (or is being) loaded, on any instance.
CREATE TABLE demo_data_load (
    id        INT      NOT NULL PRIMARY KEY,
    loaded_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE demo_data_load;
