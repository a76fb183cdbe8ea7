--liquibase formatted sql

--changeset tianshan:0022-homepage-links
-- Art. 9: the links on the main site's homepage (相关链接), kept by the site office; a non-government one needs
-- an approved link registration. Removed links stay, marked, for the record.
CREATE TABLE homepage_link (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    url             VARCHAR(500) NOT NULL,
    sort_order      INT          NOT NULL,
    created_by_name VARCHAR(50)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    removed_at      DATETIME     NULL,
    removed_by_name VARCHAR(50)  NULL,
    KEY ix_homepage_link (removed_at, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO homepage_link (name, url, sort_order, created_by_name, created_at) VALUES
 ('中国政府网', 'https://www.gov.cn/', 10, '系统', '2021-01-04 00:00:00'),
 ('交通运输部', 'https://www.mot.gov.cn/', 20, '系统', '2021-01-04 00:00:00'),
 ('新疆维吾尔自治区人民政府', 'https://www.xinjiang.gov.cn/', 30, '系统', '2021-01-04 00:00:00');
--rollback DROP TABLE homepage_link;
