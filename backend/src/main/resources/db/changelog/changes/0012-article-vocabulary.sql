--liquibase formatted sql

--changeset tianshan:0012-article-vocabulary
-- The client's word for an information item is "article": the contract, the code and the schema say so alike.
RENAME TABLE item TO article, item_revision TO article_revision, item_attachment TO article_attachment,
    item_placement TO article_placement, item_index_sequence TO article_index_sequence;
ALTER TABLE article_revision RENAME COLUMN item_id TO article_id, RENAME COLUMN interprets_item_id TO interprets_article_id;
ALTER TABLE article_attachment RENAME COLUMN item_id TO article_id;
ALTER TABLE article_placement RENAME COLUMN item_id TO article_id;
ALTER TABLE public_change RENAME COLUMN item_id TO article_id;
ALTER TABLE confidentiality_review RENAME COLUMN item_id TO article_id, RENAME COLUMN item_title TO article_title;
UPDATE review_chain SET subject_type = 'article' WHERE subject_type = 'item';
UPDATE review_run SET subject_type = 'article' WHERE subject_type = 'item';
UPDATE review_view SET subject_type = 'article' WHERE subject_type = 'item';
--rollback RENAME TABLE article TO item, article_revision TO item_revision, article_attachment TO item_attachment, article_placement TO item_placement, article_index_sequence TO item_index_sequence;
