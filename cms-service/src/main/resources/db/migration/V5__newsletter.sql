-- Newsletter subscribers, double opt-in: pending until the link mailed to the address is followed. Tokens are kept
-- as SHA-256 hashes only; the unsubscribe token stays valid for the subscription's life (one-click unsubscribe).
CREATE TABLE newsletter_subscriptions (
    id                      uuid PRIMARY KEY,
    email                   varchar(254) NOT NULL,
    language                varchar(2)   NOT NULL CHECK (language IN ('fr', 'en')),
    status                  varchar(16)  NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
    confirmation_hash       varchar(64),
    confirmation_expires_at timestamptz,
    unsubscribe_hash        varchar(64)  NOT NULL,
    subscribed_at           timestamptz  NOT NULL,
    confirmed_at            timestamptz,
    unsubscribed_at         timestamptz,
    version                 bigint       NOT NULL
);
CREATE UNIQUE INDEX newsletter_email ON newsletter_subscriptions (lower(email));
CREATE UNIQUE INDEX newsletter_confirmation ON newsletter_subscriptions (confirmation_hash);
CREATE UNIQUE INDEX newsletter_unsubscribe ON newsletter_subscriptions (unsubscribe_hash);
