-- RSA keys that sign access tokens. A key signs from active_from until the next key's active_from; it stays in the
-- JWKS until every token it signed has expired, then is deleted. The private key is encrypted (AES-256-GCM, key
-- from configuration) and destroyed (set to null) once the key stops signing.
create table signing_keys (
  kid         varchar(64) primary key,
  public_jwk  text        not null,
  private_key bytea,
  active_from timestamptz not null,
  created_at  timestamptz not null
);
create index signing_keys_active_from_idx on signing_keys (active_from);
