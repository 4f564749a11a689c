-- The companies the website names as partners, in order.
CREATE TABLE partners (
    id          uuid PRIMARY KEY,
    name        varchar(120) NOT NULL,
    website_url varchar(500),
    logo_url    varchar(500),
    position    integer      NOT NULL,
    active      boolean      NOT NULL,
    updated_at  timestamptz  NOT NULL
);

-- The website's settings: one row.
CREATE TABLE site_settings (
    id              smallint PRIMARY KEY CHECK (id = 1),
    company_name    varchar(120) NOT NULL,
    phone           varchar(30),
    email           varchar(254),
    address         varchar(300),
    hero_title_fr   varchar(200),
    hero_title_en   varchar(200),
    hero_text_fr    varchar(1000),
    hero_text_en    varchar(1000),
    facebook_url    varchar(500),
    linkedin_url    varchar(500),
    x_url           varchar(500),
    youtube_url     varchar(500),
    whatsapp_number varchar(30),
    updated_at      timestamptz  NOT NULL
);
INSERT INTO site_settings (id, company_name, updated_at) VALUES (1, 'Mwolo Energy', now());

-- Photo galleries and their images (the image bytes are in file storage).
CREATE TABLE galleries (
    id         uuid PRIMARY KEY,
    title_fr   varchar(200) NOT NULL,
    title_en   varchar(200),
    position   integer      NOT NULL,
    published  boolean      NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE gallery_images (
    id           uuid PRIMARY KEY,
    gallery_id   uuid         NOT NULL REFERENCES galleries (id) ON DELETE CASCADE,
    caption_fr   varchar(300),
    caption_en   varchar(300),
    storage_key  varchar(200) NOT NULL,
    content_type varchar(32)  NOT NULL,
    size_bytes   bigint       NOT NULL,
    position     integer      NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX gallery_images_order ON gallery_images (gallery_id, position);
