--liquibase formatted sql

--changeset tianshan:0005-leader-assignment
-- The leader in charge (厅分管领导) of each unit: the third opinion of Annex 3 goes to this person.
CREATE TABLE org_leader_assignment (
    unit_code       VARCHAR(16)  NOT NULL PRIMARY KEY,
    leader_username VARCHAR(100) NOT NULL,
    leader_name     VARCHAR(50)  NOT NULL,
    assigned_at     DATETIME     NOT NULL,
    assigned_by     VARCHAR(100) NOT NULL,
    CONSTRAINT fk_leader_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO org_leader_assignment (unit_code, leader_username, leader_name, assigned_at, assigned_by)
SELECT code, 'chen.jun', '陈军', '2021-01-04 00:00:00', 'system' FROM org_unit WHERE kind <> 'LEADERSHIP';
--rollback DROP TABLE org_leader_assignment;
