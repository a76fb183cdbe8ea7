--liquibase formatted sql

--changeset tianshan:0033-public-pages
-- Public answers rendered when an article is published, kept where every node can read them: a node whose memory
-- does not hold an article's page answers it with one key lookup instead of rendering it.
-- The gate serialises the two writers: a change to what the public sees takes it exclusively (and bumps the epoch)
-- before it deletes the pages it touches; a render keeps its page only if, holding the gate shared, the epoch is the
-- one it read before rendering. A structural change (columns, units, navigation) bumps structure_epoch, which makes
-- every kept page stale at once without rewriting a row.
CREATE TABLE public_page_gate (
    id              TINYINT NOT NULL PRIMARY KEY,
    epoch           BIGINT  NOT NULL,
    structure_epoch BIGINT  NOT NULL
) ENGINE=InnoDB;
INSERT INTO public_page_gate (id, epoch, structure_epoch) VALUES (1, 0, 0);
CREATE TABLE public_page (
    page_key        VARCHAR(120)  NOT NULL PRIMARY KEY,
    structure_epoch BIGINT        NOT NULL,
    renderer        VARCHAR(64)   NOT NULL,
    status          SMALLINT      NOT NULL,
    media_type      VARCHAR(60)   NOT NULL,
    etag            VARCHAR(40)   NOT NULL,
    body            MEDIUMBLOB    NOT NULL,
    gzipped         MEDIUMBLOB    NULL,
    tags            VARCHAR(2000) NOT NULL,
    rendered_at     DATETIME      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
-- What each kept page shows (an article, the policy an interpretation explains): a change deletes the pages that show what it touched.
CREATE TABLE public_page_tag (
    tag      VARCHAR(60)  NOT NULL,
    page_key VARCHAR(120) NOT NULL,
    PRIMARY KEY (tag, page_key),
    KEY ix_public_page_tag_page (page_key)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
--rollback DROP TABLE public_page_tag; DROP TABLE public_page; DROP TABLE public_page_gate;
