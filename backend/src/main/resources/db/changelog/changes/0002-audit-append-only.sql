--liquibase formatted sql

-- The database itself refuses to change or remove an audit record, whoever asks.
-- (In production the application's database user should also lack UPDATE and DELETE on audit_record;
-- see the README's deployment notes.)

--changeset tianshan:0002-audit-no-update splitStatements:false
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only: UPDATE refused';
--rollback DROP TRIGGER audit_record_no_update;

--changeset tianshan:0002-audit-no-delete splitStatements:false
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only: DELETE refused';
--rollback DROP TRIGGER audit_record_no_delete;
