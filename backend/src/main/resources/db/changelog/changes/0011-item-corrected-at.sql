--liquibase formatted sql

--changeset tianshan:0011-item-corrected-at
-- A corrected item shows its correction time ("更新时间") to the public. Publication times are whole seconds, so a correction
-- published in the same second as the first publication cannot be told apart by comparing times; record it.
ALTER TABLE item ADD COLUMN corrected_at DATETIME NULL AFTER last_published_at;
UPDATE item SET corrected_at = last_published_at WHERE last_published_at > first_published_at;
--rollback ALTER TABLE item DROP COLUMN corrected_at;
