--liquibase formatted sql

--changeset tianshan:0030-service-guides
-- A service guide's elements (办事指南, Art. 11) belong to the revision like the rest of its content, so what
-- reviewers approved is exactly what the public reads. Null on every other kind of article.
ALTER TABLE article_revision
    ADD COLUMN guide_item_name     VARCHAR(200)  NULL,
    ADD COLUMN guide_legal_basis   TEXT          NULL,
    ADD COLUMN guide_conditions    TEXT          NULL,
    ADD COLUMN guide_materials     TEXT          NULL,
    ADD COLUMN guide_place         VARCHAR(1000) NULL,
    ADD COLUMN guide_handling_body VARCHAR(200)  NULL,
    ADD COLUMN guide_fees          VARCHAR(1000) NULL,
    ADD COLUMN guide_time_limit    VARCHAR(1000) NULL,
    ADD COLUMN guide_phone         VARCHAR(200)  NULL,
    ADD COLUMN guide_procedure     TEXT          NULL,
    ADD COLUMN guide_online_url    VARCHAR(500)  NULL;
--rollback ALTER TABLE article_revision DROP COLUMN guide_item_name, DROP COLUMN guide_legal_basis, DROP COLUMN guide_conditions, DROP COLUMN guide_materials, DROP COLUMN guide_place, DROP COLUMN guide_handling_body, DROP COLUMN guide_fees, DROP COLUMN guide_time_limit, DROP COLUMN guide_phone, DROP COLUMN guide_procedure, DROP COLUMN guide_online_url;
