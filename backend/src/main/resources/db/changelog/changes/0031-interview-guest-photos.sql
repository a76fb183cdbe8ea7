--liquibase formatted sql

--changeset tianshan:0031-interview-guest-photos
-- Guests' photos (在线访谈 shows each guest with name, title and photo). A photo is uploaded to its interview and
-- chosen for a guest; the public sees it once the interview is published.
CREATE TABLE interview_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    interview_id  BIGINT        NOT NULL,
    stored_name   VARCHAR(80)   NOT NULL,
    media_type    VARCHAR(50)   NOT NULL,
    size          BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   DATETIME      NOT NULL,
    KEY interview_photo_interview (interview_id),
    CONSTRAINT interview_photo_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
);
ALTER TABLE interview_guest ADD COLUMN photo_id BIGINT NULL;
--rollback ALTER TABLE interview_guest DROP COLUMN photo_id; DROP TABLE interview_photo;
