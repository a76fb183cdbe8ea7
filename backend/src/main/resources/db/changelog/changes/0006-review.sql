--liquibase formatted sql

--changeset tianshan:0006-review-engine
-- Review chains (the Wagtail model): a chain of ordered steps; a run of a chain for one subject (an item,
-- a column change request ...); a task for each step of a run.
CREATE TABLE review_chain (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(40)  NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    subject_type          VARCHAR(30)  NOT NULL,
    restart_from_position INT          NOT NULL DEFAULT 1,
    owner_unit            VARCHAR(16)  NULL COMMENT 'NULL: kept by the site office; else by this unit (a topic site)',
    updated_at            DATETIME     NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    UNIQUE KEY ux_review_chain_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_step (
    id                       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    chain_id                 BIGINT      NOT NULL,
    position                 INT         NOT NULL,
    name                     VARCHAR(60) NOT NULL,
    resolver                 VARCHAR(40) NOT NULL,
    requires_proofread       BOOLEAN     NOT NULL DEFAULT FALSE,
    requires_confidentiality BOOLEAN     NOT NULL DEFAULT FALSE,
    -- A changed chain keeps the steps old runs point to, retired.
    retired                  BOOLEAN     NOT NULL DEFAULT FALSE,
    KEY ix_review_step (chain_id, retired, position),
    CONSTRAINT fk_review_step_chain FOREIGN KEY (chain_id) REFERENCES review_chain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_run (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    chain_id          BIGINT       NOT NULL,
    subject_type      VARCHAR(30)  NOT NULL,
    subject_id        BIGINT       NOT NULL,
    subject_unit      VARCHAR(16)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    submitted_by      VARCHAR(100) NOT NULL,
    submitted_by_name VARCHAR(50)  NOT NULL,
    submitted_at      DATETIME     NOT NULL,
    finished_at       DATETIME     NULL,
    due_date          DATE         NULL,
    -- NULL unless the run is in progress: the UNIQUE key allows one active run per subject (MySQL has no
    -- partial unique index).
    active_subject    VARCHAR(60)  AS (CASE WHEN status = 'IN_PROGRESS' THEN CONCAT(subject_type, ':', subject_id) END) STORED,
    UNIQUE KEY ux_review_run_active (active_subject),
    KEY ix_review_run_subject (subject_type, subject_id),
    CONSTRAINT fk_review_run_chain FOREIGN KEY (chain_id) REFERENCES review_chain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_task (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id               BIGINT       NOT NULL,
    step_id              BIGINT       NOT NULL,
    position             INT          NOT NULL,
    step_name            VARCHAR(60)  NOT NULL,
    resolver             VARCHAR(40)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    assignee_roles       VARCHAR(100) NULL,
    assignee_unit        VARCHAR(16)  NULL,
    assignee_username    VARCHAR(100) NULL,
    requires_proofread   BOOLEAN      NOT NULL,
    requires_confidentiality BOOLEAN  NOT NULL,
    started_at           DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    actor_username       VARCHAR(100) NULL,
    actor_name           VARCHAR(50)  NULL,
    opinion              VARCHAR(2000) NULL,
    proofread            BOOLEAN      NULL,
    revision_id          BIGINT       NULL,
    revision_hash        CHAR(64)     NULL,
    carried_from_task_id BIGINT       NULL,
    KEY ix_review_task_open (status, assignee_unit),
    KEY ix_review_task_run (run_id, position),
    CONSTRAINT fk_review_task_run FOREIGN KEY (run_id) REFERENCES review_run (id),
    CONSTRAINT fk_review_task_step FOREIGN KEY (step_id) REFERENCES review_step (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each reviewer last saw of a subject, so the inbox can show the difference since then.
CREATE TABLE review_view (
    username     VARCHAR(100) NOT NULL,
    subject_type VARCHAR(30)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    revision_id  BIGINT       NOT NULL,
    seen_at      DATETIME     NOT NULL,
    PRIMARY KEY (username, subject_type, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE review_view; DROP TABLE review_task; DROP TABLE review_run; DROP TABLE review_step; DROP TABLE review_chain;

--changeset tianshan:0006-review-chains-seed
-- Annex 3's order of opinions; the news centre's chain ends with the news centre; a topic site's chain is
-- set by its owning unit; column changes follow Art. 7 (site office decides, technical department executes).
INSERT INTO review_chain (code, name, subject_type, restart_from_position, owner_unit, updated_at, updated_by) VALUES
 ('government-affairs', '政务信息发布审核（附件3，含保密审查）', 'item', 1, NULL, '2021-01-04 00:00:00', 'system'),
 ('news-centre',        '新闻中心信息审核', 'item', 1, NULL, '2021-01-04 00:00:00', 'system'),
 ('credit-topic',       '信用交通专题网站信息审核', 'item', 1, 'ZCFGC', '2021-01-04 00:00:00', 'system'),
 ('column-change',      '主站栏目设置调整（第七条）', 'column-change', 1, NULL, '2021-01-04 00:00:00', 'system');
INSERT INTO review_step (chain_id, position, name, resolver, requires_proofread, requires_confidentiality)
SELECT id, 1, '申请单位意见', 'AUTHOR_UNIT_HEAD', TRUE, FALSE FROM review_chain WHERE code = 'government-affairs' UNION ALL
SELECT id, 2, '厅相关处室意见', 'RELATED_DEPARTMENT', TRUE, FALSE FROM review_chain WHERE code = 'government-affairs' UNION ALL
SELECT id, 3, '厅分管领导意见', 'LEADER_IN_CHARGE', TRUE, FALSE FROM review_chain WHERE code = 'government-affairs' UNION ALL
SELECT id, 4, '主管处室意见（保密审查）', 'SITE_OFFICE', TRUE, TRUE FROM review_chain WHERE code = 'government-affairs' UNION ALL
SELECT id, 1, '申请单位意见', 'AUTHOR_UNIT_HEAD', TRUE, FALSE FROM review_chain WHERE code = 'news-centre' UNION ALL
SELECT id, 2, '厅分管领导意见', 'LEADER_IN_CHARGE', TRUE, FALSE FROM review_chain WHERE code = 'news-centre' UNION ALL
SELECT id, 3, '新闻中心审核发布', 'NEWS_CENTRE', TRUE, FALSE FROM review_chain WHERE code = 'news-centre' UNION ALL
SELECT id, 1, '申请单位意见', 'AUTHOR_UNIT_HEAD', TRUE, FALSE FROM review_chain WHERE code = 'credit-topic' UNION ALL
SELECT id, 2, '专题网站开设单位审核', 'TOPIC_OWNER', TRUE, FALSE FROM review_chain WHERE code = 'credit-topic' UNION ALL
SELECT id, 3, '厅分管领导意见', 'LEADER_IN_CHARGE', TRUE, FALSE FROM review_chain WHERE code = 'credit-topic' UNION ALL
SELECT id, 1, '厅网站主管处室审定', 'SITE_OFFICE', FALSE, FALSE FROM review_chain WHERE code = 'column-change' UNION ALL
SELECT id, 2, '技术部门执行', 'TECHNICAL_DEPARTMENT', FALSE, FALSE FROM review_chain WHERE code = 'column-change';
