--liquibase formatted sql

--changeset tianshan:0028-disclosure-guide
-- The disclosure guide (政府信息公开指南, Art. 10): edited by the site office; every save is a new revision, the
-- newest is the one the public reads.
CREATE TABLE disclosure_guide_revision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          INT           NOT NULL,
    categories      TEXT          NOT NULL,
    how_to_request  TEXT          NOT NULL,
    office_address  VARCHAR(200)  NOT NULL,
    office_hours    VARCHAR(200)  NOT NULL,
    phone           VARCHAR(40)   NOT NULL,
    fax             VARCHAR(40)   NOT NULL,
    online_contact  VARCHAR(200)  NOT NULL,
    change_note     VARCHAR(200)  NOT NULL,
    edited_by_name  VARCHAR(50)   NOT NULL,
    edited_at       DATETIME      NOT NULL,
    UNIQUE KEY disclosure_guide_number (number)
);
--rollback DROP TABLE disclosure_guide_revision;
