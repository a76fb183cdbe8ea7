--liquibase formatted sql

--changeset tianshan:0013-leader-terms
-- Who is the leader in charge (厅分管领导) of a unit, from which day: every change is a new row, nothing is
-- overwritten. The leader of a unit on a day is the row with the latest valid_from not after that day (the
-- latest row wins when two start on the same day).
CREATE TABLE org_leader_term (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code        VARCHAR(16)  NOT NULL,
    leader_username  VARCHAR(100) NOT NULL,
    leader_name      VARCHAR(50)  NOT NULL,
    valid_from       DATE         NOT NULL,
    reason           VARCHAR(200) NOT NULL,
    assigned_by      VARCHAR(100) NOT NULL,
    assigned_by_name VARCHAR(50)  NOT NULL,
    assigned_at      DATETIME     NOT NULL,
    KEY ix_leader_term_unit (unit_code, valid_from, id),
    CONSTRAINT fk_leader_term_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO org_leader_term (unit_code, leader_username, leader_name, valid_from, reason, assigned_by, assigned_by_name, assigned_at)
SELECT unit_code, leader_username, leader_name, DATE(assigned_at), '厅领导分工', assigned_by,
       CASE WHEN assigned_by = 'system' THEN '系统' ELSE assigned_by END, assigned_at
FROM org_leader_assignment;
DROP TABLE org_leader_assignment;
--rollback DROP TABLE org_leader_term;

--changeset tianshan:0013-leader-terms-division
-- The Department's two deputy directors share the units (厅领导分工): 陈军 keeps the office, policy and
-- regulation, the news centre and the highway development centre; 杨帆 takes the others.
INSERT INTO org_leader_term (unit_code, leader_username, leader_name, valid_from, reason, assigned_by, assigned_by_name, assigned_at)
SELECT code, 'yang.fan', '杨帆', '2021-01-04', '厅领导分工', 'system', '系统', '2021-01-04 00:00:01'
FROM org_unit WHERE kind <> 'LEADERSHIP' AND code NOT IN ('BGS', 'ZCFGC', 'XJZX', 'GLFZZX');
