-- Signing keys kept by the database key provider: an official's personal key, an agency's seal key,
-- and the demo certificate authority. The private key is sealed with AES-256-GCM under the master key
-- (tinhso.signing.master-key or the generated key file); the certificate chain is public and kept clear
-- so that lists and checks need no decryption.
create table signing_key (
    owner_kind    text        not null check (owner_kind in ('OFFICIAL', 'AGENCY', 'DEMO_CA')),
    owner_ref     text        not null,
    chain         bytea       not null,   -- PkiPath (DER) of the signer's certificate and its issuers
    subject       text        not null,
    issuer        text        not null,
    serial        text        not null,
    not_before    timestamptz not null,
    not_after     timestamptz not null,
    sealed_key    bytea       not null,   -- version 1 || 12-byte nonce || AES-GCM(PKCS#8 private key)
    master_key_id text        not null,   -- fingerprint of the master key that sealed it
    source        text        not null check (source in ('UPLOAD', 'DEMO')),
    stored_at     timestamptz not null default now(),
    stored_by     bigint,
    primary key (owner_kind, owner_ref)
);

-- The visible part: a leader's signature image and an agency's red seal, PNG with transparency.
create table signing_image (
    owner_kind text        not null check (owner_kind in ('OFFICIAL', 'AGENCY')),
    owner_ref  text        not null,
    png        bytea       not null,
    source     text        not null check (source in ('UPLOAD', 'DEMO')),
    stored_at  timestamptz not null default now(),
    stored_by  bigint,
    primary key (owner_kind, owner_ref)
);
