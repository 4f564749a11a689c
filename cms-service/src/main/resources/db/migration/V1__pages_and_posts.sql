-- One number for the whole published website: public ETags are made of it (caching.ContentRevision).
CREATE TABLE content_revision (
    id         smallint PRIMARY KEY CHECK (id = 1),
    revision   bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO content_revision (id, revision, changed_at) VALUES (1, 1, now());

CREATE TABLE pages (
    id           uuid PRIMARY KEY,
    published    boolean     NOT NULL,
    published_at timestamptz,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL
);

-- A page's text per language; French always, English optional. Slugs are unique per language.
CREATE TABLE page_texts (
    page_id         uuid         NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    language        varchar(2)   NOT NULL CHECK (language IN ('fr', 'en')),
    slug            varchar(120) NOT NULL,
    title           varchar(200) NOT NULL,
    content         text         NOT NULL,
    seo_title       varchar(200),
    seo_description varchar(500),
    PRIMARY KEY (page_id, language),
    CONSTRAINT page_texts_slug_per_language UNIQUE (language, slug)
);

CREATE TABLE posts (
    id            uuid PRIMARY KEY,
    status        varchar(16) NOT NULL CHECK (status IN ('draft', 'scheduled', 'published')),
    scheduled_for timestamptz,
    published_at  timestamptz,
    cover_image   varchar(500),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    CHECK ((status = 'scheduled') = (scheduled_for IS NOT NULL)),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX posts_published ON posts (published_at DESC) WHERE status = 'published';
CREATE INDEX posts_due ON posts (scheduled_for) WHERE status = 'scheduled';

CREATE TABLE post_texts (
    post_id         uuid         NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    language        varchar(2)   NOT NULL CHECK (language IN ('fr', 'en')),
    slug            varchar(120) NOT NULL,
    title           varchar(200) NOT NULL,
    excerpt         varchar(1000),
    content         text         NOT NULL,
    seo_title       varchar(200),
    seo_description varchar(500),
    PRIMARY KEY (post_id, language),
    CONSTRAINT post_texts_slug_per_language UNIQUE (language, slug)
);
