--liquibase formatted sql

--changeset tianshan:0016-review-rounds
-- Rounds are counted per subject: an article's first submission is round 1.
ALTER TABLE review_run ADD COLUMN round_no INT NOT NULL DEFAULT 1 AFTER subject_id;
UPDATE review_run r
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY subject_type, subject_id ORDER BY id) AS n FROM review_run) x ON x.id = r.id
   SET r.round_no = x.n;
ALTER TABLE review_run ADD UNIQUE KEY ux_review_run_round (subject_type, subject_id, round_no);
-- 先审查、后公开: the reviewer of a confidentiality step confirms the check, as every level confirms proofreading.
ALTER TABLE review_task ADD COLUMN confidentiality_checked BOOLEAN NULL AFTER proofread;
-- Every article chain has a step that checks for secrets; the news centre and topic chains get theirs.
UPDATE review_step s JOIN review_chain c ON c.id = s.chain_id SET s.requires_confidentiality = TRUE
 WHERE s.retired = FALSE AND ((c.code = 'news-centre' AND s.resolver = 'NEWS_CENTRE') OR (c.code = 'credit-topic' AND s.resolver = 'TOPIC_OWNER'));
UPDATE review_step s JOIN review_chain c ON c.id = s.chain_id SET s.name = '厅相关处室（栏目主管单位）意见'
 WHERE c.code = 'government-affairs' AND s.resolver = 'RELATED_DEPARTMENT' AND s.name = '厅相关处室意见';

--changeset tianshan:0016-discarded-articles
ALTER TABLE article ADD COLUMN discarded_at DATETIME NULL AFTER withdrawn_by,
    ADD COLUMN discarded_by VARCHAR(100) NULL AFTER discarded_at,
    ADD COLUMN discard_reason VARCHAR(500) NULL AFTER discarded_by;
--rollback ALTER TABLE article DROP COLUMN discarded_at, DROP COLUMN discarded_by, DROP COLUMN discard_reason;

--changeset tianshan:0016-column-ownership
-- 谁主管、谁发布 (Art. 15): what each column takes, whether its articles need the Annex 5 form (Art. 16), and the
-- units the site office lets publish into a column they do not own.
ALTER TABLE site_column ADD COLUMN accepted_kinds VARCHAR(200) NOT NULL DEFAULT '' AFTER kind,
    ADD COLUMN requires_annex5 BOOLEAN NOT NULL DEFAULT FALSE AFTER accepted_kinds;
UPDATE site_column SET requires_annex5 = TRUE WHERE kind IN ('GOV_DISCLOSURE', 'GOV_SERVICE');
UPDATE site_column SET requires_annex5 = TRUE
 WHERE code = 'tzgg' AND site_id = (SELECT id FROM site WHERE code = 'main');
UPDATE site_column SET accepted_kinds = CASE kind
    WHEN 'GOV_DISCLOSURE' THEN 'NOTICE,POLICY,INTERPRETATION,STATISTICS,OTHER'
    WHEN 'GOV_SERVICE' THEN 'SERVICE_GUIDE,NOTICE,OTHER'
    WHEN 'ROAD_TRAVEL' THEN 'NEWS,NOTICE,OTHER'
    WHEN 'INTERACTION' THEN 'NOTICE,OTHER'
    WHEN 'NEWS' THEN 'NEWS,NOTICE'
    ELSE 'NEWS,NOTICE,POLICY,INTERPRETATION,OTHER' END;
UPDATE site_column c JOIN site s ON s.id = c.site_id SET c.accepted_kinds = CASE c.code
    WHEN 'zwgk' THEN '' WHEN 'xwzx' THEN '' WHEN 'zwfw' THEN '' WHEN 'hdjl' THEN ''
    WHEN 'jgzn' THEN 'OTHER' WHEN 'ldxx' THEN 'OTHER' WHEN 'zcwj' THEN 'POLICY' WHEN 'zcjd' THEN 'INTERPRETATION'
    WHEN 'ghjh' THEN 'POLICY,NOTICE,OTHER' WHEN 'tjxx' THEN 'STATISTICS' WHEN 'czxx' THEN 'STATISTICS,NOTICE,OTHER'
    WHEN 'rsxx' THEN 'NOTICE,OTHER' WHEN 'yjgl' THEN 'NOTICE,OTHER' WHEN 'aqsc' THEN 'NOTICE,NEWS,OTHER'
    WHEN 'jtgf' THEN 'NOTICE,POLICY,OTHER' WHEN 'jtyw' THEN 'NEWS' WHEN 'tzgg' THEN 'NOTICE' WHEN 'tpxw' THEN 'NEWS'
    WHEN 'tsdwdt' THEN 'NEWS' WHEN 'bszn' THEN 'SERVICE_GUIDE' WHEN 'bgxz' THEN 'OTHER' WHEN 'zxbl' THEN 'OTHER'
    WHEN 'glcxfw' THEN 'NEWS,NOTICE,OTHER' WHEN 'ldxxiang' THEN 'NOTICE,OTHER' WHEN 'zqyj' THEN 'NOTICE,OTHER'
    WHEN 'wsdc' THEN 'NOTICE,OTHER' WHEN 'zxft' THEN 'NOTICE,OTHER' WHEN 'xyjt' THEN 'NEWS,NOTICE,POLICY,OTHER'
    ELSE c.accepted_kinds END
 WHERE s.code = 'main';
UPDATE site_column c JOIN site s ON s.id = c.site_id SET c.accepted_kinds = CASE c.code
    WHEN 'xydt' THEN 'NEWS' WHEN 'xyzc' THEN 'POLICY,INTERPRETATION' WHEN 'hhmd' THEN 'NOTICE,OTHER'
    ELSE c.accepted_kinds END
 WHERE s.code = 'credit';

CREATE TABLE column_publishing_grant (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    column_id       BIGINT       NOT NULL,
    unit_code       VARCHAR(16)  NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    granted_by      VARCHAR(100) NOT NULL,
    granted_by_name VARCHAR(50)  NOT NULL,
    granted_at      DATETIME     NOT NULL,
    revoked_by      VARCHAR(100) NULL,
    revoked_by_name VARCHAR(50)  NULL,
    revoked_at      DATETIME     NULL,
    revoke_reason   VARCHAR(200) NULL,
    -- NULL once revoked: one active grant per column and unit.
    active_key      VARCHAR(40)  AS (CASE WHEN revoked_at IS NULL THEN CONCAT(column_id, ':', unit_code) END) STORED,
    UNIQUE KEY ux_grant_active (active_key),
    KEY ix_grant_unit (unit_code),
    CONSTRAINT fk_grant_column FOREIGN KEY (column_id) REFERENCES site_column (id),
    CONSTRAINT fk_grant_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tianshan:0016-highway-centre-columns
-- 公路事业发展中心 keeps its own column on the main site, and, as the Department arranged, publishes its policy
-- documents into 政策文件 (reviewed by 政策法规处, Annex 3) and its news into 厅属单位动态 (reviewed by the news
-- centre), as do the other affiliated units.
INSERT INTO site_column (site_id, parent_id, code, name, owner_unit, kind, accepted_kinds, requires_annex5, update_class,
                         update_interval_days, homepage_visible, lifecycle, sort_order, review_chain_id, created_at, updated_at)
SELECT s.id, p.id, 'gljsyh', '公路建设与养护', 'GLFZZX', 'GOV_DISCLOSURE', 'NOTICE,OTHER,STATISTICS', TRUE, 'REGULAR', 90,
       FALSE, 'ACTIVE', 115, (SELECT id FROM review_chain WHERE code = 'government-affairs'), '2021-01-04 00:00:00', '2021-01-04 00:00:00'
FROM site s JOIN site_column p ON p.site_id = s.id AND p.code = 'zwgk' WHERE s.code = 'main';
INSERT INTO column_publishing_grant (column_id, unit_code, reason, granted_by, granted_by_name, granted_at)
SELECT c.id, u.code, r.reason, 'system', '系统', '2021-01-04 00:00:00'
FROM site s JOIN site_column c ON c.site_id = s.id
JOIN (SELECT 'zcwj' AS code, 'GLFZZX' AS unit, '公路行业规范性文件由厅属单位起草报送，政策法规处审核（附件3）' AS reason UNION ALL
      SELECT 'tsdwdt', 'GLFZZX', '厅属单位工作动态，宣传教育中心审核发布' UNION ALL
      SELECT 'tsdwdt', 'ZHZFJ', '厅属单位工作动态，宣传教育中心审核发布' UNION ALL
      SELECT 'tsdwdt', 'JSGLJ', '厅属单位工作动态，宣传教育中心审核发布') r ON r.code = c.code
JOIN org_unit u ON u.code = r.unit
WHERE s.code = 'main';
