--liquibase formatted sql

--changeset tianshan:0023-deadline-clocks
-- The deadline engine: one row per clock (a letter's reply, a disclosure request's correction notice and reply).
-- The due date is stored with its explanation and recomputed on every extension, pause or restart; the state
-- (on time, due soon, overdue) is derived from it and today, never stored.
CREATE TABLE deadline_clock (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type   VARCHAR(40)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    purpose        VARCHAR(40)   NOT NULL,
    label          VARCHAR(60)   NOT NULL,
    unit_code      VARCHAR(16)   NULL COMMENT 'the unit handling the case: whose head and leader the ladder climbs to',
    starts_on      DATE          NOT NULL,
    working_days   INT           NOT NULL,
    extension_days INT           NOT NULL DEFAULT 0,
    extension_reason VARCHAR(500) NULL,
    paused_days    INT           NOT NULL DEFAULT 0 COMMENT 'working days of finished pauses',
    paused_since   DATE          NULL,
    pause_reason   VARCHAR(200)  NULL,
    due_on         DATE          NOT NULL,
    explanation    VARCHAR(2000) NOT NULL,
    provisional    BOOLEAN       NOT NULL DEFAULT FALSE,
    stopped_on     DATE          NULL,
    UNIQUE KEY uq_deadline_clock (subject_type, subject_id, purpose),
    KEY ix_deadline_clock_open (stopped_on, due_on),
    KEY ix_deadline_clock_unit (unit_code, stopped_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deadline_pause (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clock_id      BIGINT       NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NULL,
    working_days  INT          NULL,
    paused_by_name VARCHAR(50) NOT NULL,
    KEY ix_deadline_pause_clock (clock_id, id),
    CONSTRAINT fk_deadline_pause_clock FOREIGN KEY (clock_id) REFERENCES deadline_clock (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each reminder and each rung of the escalation ladder, once per clock, rung and due date: the unique key is
-- what keeps a second node or a second run from telling anyone twice.
CREATE TABLE deadline_alert (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clock_id    BIGINT        NOT NULL,
    rung        INT           NOT NULL COMMENT '0 reminder to the handler; 1 handler and unit head; 2 leader in charge; 3 site office',
    due_on      DATE          NOT NULL,
    sent_at     DATETIME      NOT NULL,
    recipients  VARCHAR(500)  NOT NULL COMMENT 'names, as shown on the case',
    note        VARCHAR(500)  NOT NULL,
    UNIQUE KEY uq_deadline_alert (clock_id, rung, due_on),
    CONSTRAINT fk_deadline_alert_clock FOREIGN KEY (clock_id) REFERENCES deadline_clock (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO job_lease (name, holder, expires_at) VALUES ('deadline-watch', NULL, '2000-01-01 00:00:00');
--rollback DELETE FROM job_lease WHERE name = 'deadline-watch'; DROP TABLE deadline_alert; DROP TABLE deadline_pause; DROP TABLE deadline_clock;

--changeset tianshan:0023-mail-outbox
-- E-mail is written here in the transaction of what it reports and sent afterwards by whichever node claims it
-- (SELECT … FOR UPDATE SKIP LOCKED): no mail for work that rolled back, none sent twice, retried on failure.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(200)  NOT NULL,
    recipient_name  VARCHAR(50)   NOT NULL,
    recipient_username VARCHAR(100) NULL,
    kind            VARCHAR(60)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL COMMENT 'PENDING, SENT, FAILED',
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME      NOT NULL,
    next_attempt_at DATETIME      NOT NULL,
    sent_at         DATETIME      NULL,
    last_error      VARCHAR(500)  NULL,
    KEY ix_mail_outbox_due (status, next_attempt_at),
    KEY ix_mail_outbox_recipient (recipient_username, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE mail_outbox;

--changeset tianshan:0023-public-intake
-- The public-intake guard: fixed-window counters shared by every node (rate limits and failed-lookup lockouts),
-- proof-of-work challenges spent once, and files uploaded for a letter before it is sent.
CREATE TABLE intake_window (
    bucket       VARCHAR(120) NOT NULL,
    window_start DATETIME     NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (bucket, window_start),
    KEY ix_intake_window_start (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intake_challenge_spent (
    nonce    CHAR(32) NOT NULL PRIMARY KEY,
    spent_at DATETIME NOT NULL,
    KEY ix_intake_challenge_spent_at (spent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intake_upload (
    token        CHAR(32)     NOT NULL PRIMARY KEY,
    original_name VARCHAR(200) NOT NULL,
    stored_name  VARCHAR(100) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  DATETIME     NOT NULL,
    claimed_by   VARCHAR(60)  NULL,
    KEY ix_intake_upload_at (uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE intake_upload; DROP TABLE intake_challenge_spent; DROP TABLE intake_window;
