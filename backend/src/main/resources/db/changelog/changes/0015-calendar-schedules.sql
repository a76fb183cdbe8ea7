--liquibase formatted sql

--changeset tianshan:0015-calendar-schedules
-- Which years' schedules were announced and imported. A year without one is computed from the statutory holidays
-- (provisional); a single day the site office marks no longer makes a year look announced.
CREATE TABLE calendar_schedule (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    schedule_year    INT          NOT NULL,
    region_code      VARCHAR(6)   NOT NULL,
    notice           VARCHAR(200) NULL,
    imported_at      DATETIME     NOT NULL,
    imported_by      VARCHAR(100) NOT NULL,
    imported_by_name VARCHAR(50)  NOT NULL,
    UNIQUE KEY ux_calendar_schedule (schedule_year, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO calendar_schedule (schedule_year, region_code, notice, imported_at, imported_by, imported_by_name)
SELECT schedule_year, region_code, MAX(notice), MAX(updated_at), 'system', '系统'
FROM calendar_day WHERE region_code = '' GROUP BY schedule_year, region_code HAVING COUNT(*) >= 10;

-- Every move of a stored due date (Art. 18 deadlines, and later every clock), with the old and the new date.
CREATE TABLE due_date_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type    VARCHAR(30)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    previous_due    DATE         NOT NULL,
    new_due         DATE         NOT NULL,
    explanation     VARCHAR(600) NOT NULL,
    reason          VARCHAR(300) NOT NULL,
    changed_at      DATETIME     NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    changed_by_name VARCHAR(50)  NOT NULL,
    KEY ix_due_date_change_subject (subject_type, subject_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE due_date_change; DROP TABLE calendar_schedule;
