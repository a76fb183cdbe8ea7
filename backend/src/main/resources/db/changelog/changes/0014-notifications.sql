--liquibase formatted sql

--changeset tianshan:0014-notifications
-- In-app notifications: each person's messages about their work (returned, published, due date moved).
CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(100)  NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(1000) NULL,
    link       VARCHAR(300)  NULL,
    created_at DATETIME      NOT NULL,
    read_at    DATETIME      NULL,
    KEY ix_notification_recipient (recipient, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE notification;
