--liquibase formatted sql

--changeset tianshan:0003-organisation
CREATE TABLE org_unit (
    code            VARCHAR(16)  NOT NULL PRIMARY KEY,
    name            VARCHAR(60)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    sort_order      INT          NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    contact_phone   VARCHAR(40)  NULL,
    contact_address VARCHAR(200) NULL,
    updated_at      DATETIME  NULL,
    updated_by      VARCHAR(100) NULL,
    UNIQUE KEY ux_org_unit_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_duty (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_duty_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    duty_code   VARCHAR(40)  NOT NULL,
    unit_code   VARCHAR(16)  NOT NULL,
    valid_from  DATETIME  NOT NULL,
    valid_to    DATETIME  NULL,
    assigned_by VARCHAR(100) NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    -- NULL unless the assignment is current: UNIQUE allows one current holder per duty.
    current_duty VARCHAR(40) AS (CASE WHEN valid_to IS NULL THEN duty_code END) STORED,
    UNIQUE KEY ux_duty_current (current_duty),
    KEY ix_duty_history (duty_code, valid_from),
    CONSTRAINT fk_duty_assignment_duty FOREIGN KEY (duty_code) REFERENCES org_duty (code),
    CONSTRAINT fk_duty_assignment_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE org_duty_assignment; DROP TABLE org_duty; DROP TABLE org_unit;

--changeset tianshan:0003-organisation-seed
-- Units of the Measures (Art. 5) and three affiliated units (厅属单位).
INSERT INTO org_unit (code, name, kind, sort_order, contact_phone, contact_address) VALUES
 ('BGS',    '厅办公室',             'DEPARTMENT',  10, '0991-0000001', '乌鲁木齐市交通运输厅机关'),
 ('ZCFGC',  '政策法规处',           'DEPARTMENT',  20, '0991-0000002', '乌鲁木齐市交通运输厅机关'),
 ('ZHGHC',  '综合规划处',           'DEPARTMENT',  30, '0991-0000003', '乌鲁木齐市交通运输厅机关'),
 ('AQJDC',  '安全监督处',           'DEPARTMENT',  40, '0991-0000004', '乌鲁木齐市交通运输厅机关'),
 ('CWC',    '财务处',               'DEPARTMENT',  50, '0991-0000005', '乌鲁木齐市交通运输厅机关'),
 ('JCDJC',  '基层党建处',           'DEPARTMENT',  60, '0991-0000006', '乌鲁木齐市交通运输厅机关'),
 ('KJXXC',  '科技信息处',           'DEPARTMENT',  70, '0991-0000007', '乌鲁木齐市交通运输厅机关'),
 ('RSC',    '人事处',               'DEPARTMENT',  80, '0991-0000008', '乌鲁木齐市交通运输厅机关'),
 ('XJZX',   '宣传教育中心',         'INSTITUTION', 90, '0991-0000009', '乌鲁木齐市交通运输厅机关'),
 ('LWZX',   '路网中心',             'INSTITUTION', 100, '0991-0000010', '乌鲁木齐市交通运输厅机关'),
 ('TXXXZX', '通信信息中心',         'INSTITUTION', 110, '0991-0000011', '乌鲁木齐市交通运输厅机关'),
 ('GLFZZX', '公路事业发展中心',     'AFFILIATED',  120, '0991-0000012', '乌鲁木齐市'),
 ('ZHZFJ',  '交通运输综合行政执法局', 'AFFILIATED', 130, '0991-0000013', '乌鲁木齐市'),
 ('JSGLJ',  '交通建设管理局',       'AFFILIATED',  140, '0991-0000014', '乌鲁木齐市'),
 ('TLD',    '厅领导',               'LEADERSHIP',  5,  NULL, NULL);

INSERT INTO org_duty (code, name, description, sort_order) VALUES
 ('SITE_AUTHORITY', '厅网站主管处室', '批准专题网站（栏目）与链接，审定栏目设置与调整，政务公开类信息发布审核与保密审查，依申请公开受理与转办，组织绩效考评，负责本办法解释（第五条第一项）', 10),
 ('TECHNICAL_DEPARTMENT', '技术部门', '网站总体架构、技术支持与运行保障，信箱留言转办，管理人员备案（附件1），培训，各项备案与等级保护（第五条第十一项）', 20),
 ('TECH_STANDARDS_SECURITY', '技术规范与安全监督', '制定网站建设技术规范，监督网络安全防护，统筹查询服务，配合应急演练（第五条第七项）', 30),
 ('NEWS_CENTRE', '新闻中心', '新闻中心版块的栏目建设与管理，该版块所有消息的审核与发布（第五条第九项）', 40),
 ('TOPIC_LAW_POLICY', '法规与政策文件栏目', '法律法规、规章、执法程序类信息，依法行政类栏目，政策与规范性文件栏目，信用交通网站（第五条第二项）', 50),
 ('TOPIC_PLANNING_STATISTICS', '规划统计与规费栏目', '规划计划、交通统计、交通规费类栏目（第五条第三项）', 60),
 ('TOPIC_EMERGENCY_SAFETY', '应急管理与安全生产栏目', '应急管理及安全生产类栏目（第五条第四项）', 70),
 ('TOPIC_FINANCE', '财政信息栏目', '财政信息类栏目（第五条第五项）', 80),
 ('TOPIC_PERSONNEL', '机构职能与人事信息栏目', '机构职能及人事信息类栏目（第五条第八项）', 90),
 ('TOPIC_ROAD_TRAVEL', '公路出行服务', '公路出行服务网站及栏目（第五条第十项）', 100),
 ('TOPIC_PUBLICITY', '宣传类栏目指导', '指导宣传类栏目及相关专题建设（第五条第六项）', 110);

INSERT INTO org_duty_assignment (duty_code, unit_code, valid_from, assigned_by, reason) VALUES
 ('SITE_AUTHORITY', 'BGS', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TECHNICAL_DEPARTMENT', 'TXXXZX', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TECH_STANDARDS_SECURITY', 'KJXXC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('NEWS_CENTRE', 'XJZX', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_LAW_POLICY', 'ZCFGC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_PLANNING_STATISTICS', 'ZHGHC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_EMERGENCY_SAFETY', 'AQJDC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_FINANCE', 'CWC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_PERSONNEL', 'RSC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_ROAD_TRAVEL', 'LWZX', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条'),
 ('TOPIC_PUBLICITY', 'JCDJC', '2021-01-04 00:00:00', 'system', '新交办发〔2020〕60号 第五条');
