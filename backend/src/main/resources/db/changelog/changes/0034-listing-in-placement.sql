--liquibase formatted sql

--changeset tianshan:0034-listing-in-placement
-- A column page reads its listing from the placement rows alone: one range of the primary key
-- (column_id, published_at, article_id), no join to the article or its revision (whose bodies would crowd the
-- buffer pool). Publication writes the placement rows again, so what they repeat is current.
ALTER TABLE article_placement
    ADD COLUMN title        VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN corrected_at DATETIME     NULL,
    ADD COLUMN unit_code    VARCHAR(16)  NOT NULL DEFAULT '',
    ADD COLUMN important    BOOLEAN      NOT NULL DEFAULT FALSE;
UPDATE article_placement p JOIN article i ON i.id = p.article_id JOIN article_revision r ON r.id = i.published_revision_id
   SET p.title = r.title, p.corrected_at = i.corrected_at, p.unit_code = i.unit_code, p.important = i.important;
--rollback ALTER TABLE article_placement DROP COLUMN title, DROP COLUMN corrected_at, DROP COLUMN unit_code, DROP COLUMN important;
