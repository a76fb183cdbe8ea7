--liquibase formatted sql

--changeset tianshan:0010-column-change-requests
-- Art. 7: a unit requests a column change, the site office decides, the technical department carries it out.
CREATE TABLE column_change_request (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id               BIGINT       NOT NULL,
    change_type           VARCHAR(10)  NOT NULL COMMENT 'CREATE, RENAME, MOVE, RETIRE',
    column_id             BIGINT       NULL,
    proposed_name         VARCHAR(100) NULL,
    proposed_code         VARCHAR(60)  NULL,
    proposed_parent_id    BIGINT       NULL,
    proposed_owner_unit   VARCHAR(16)  NULL,
    proposed_kind         VARCHAR(20)  NULL,
    proposed_update_class VARCHAR(20)  NULL,
    proposed_interval_days INT         NULL,
    reason                VARCHAR(1000) NOT NULL,
    requesting_unit       VARCHAR(16)  NOT NULL,
    requested_by          VARCHAR(100) NOT NULL,
    requested_by_name     VARCHAR(50)  NOT NULL,
    requested_at          DATETIME     NOT NULL,
    status                VARCHAR(20)  NOT NULL COMMENT 'IN_REVIEW, REJECTED, CARRIED_OUT',
    carried_out_at        DATETIME     NULL,
    resulting_column_id   BIGINT       NULL,
    KEY ix_column_change_unit (requesting_unit, requested_at),
    CONSTRAINT fk_column_change_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE column_change_request;
