-- The digital signatures of a PDF as found when it arrived (registration, delivery inside the
-- installation, an edXML package): verified once per content (sha256), so documents sharing a file
-- share the outcome. Kept as verified at that time; a later check of the same file is the signing
-- module's verification page.
create table document_file_check (
    file_sha256 char(64)     primary key references stored_file (sha256),
    outcome     varchar(12)  not null check (outcome in ('VALID', 'UNVERIFIED', 'BROKEN', 'UNSIGNED', 'UNREADABLE')),
    signed      boolean      not null,
    all_valid   boolean      not null,
    detail      varchar(500) not null default '',   -- why an UNREADABLE file could not be checked
    checked_at  timestamptz  not null
);

-- One row per signature, in document order.
create table document_file_signature (
    file_sha256    char(64)      not null references document_file_check (file_sha256),
    position       smallint      not null,
    signer_name    varchar(300)  not null,
    organisation   varchar(300),
    signing_time   timestamptz,
    level          varchar(40),
    intact         boolean       not null,
    trusted        boolean       not null,
    revocation     varchar(20)   not null,
    covers_whole   boolean       not null,
    indication     varchar(20)   not null,
    detail         varchar(1000) not null default '',
    timestamp_time timestamptz,
    primary key (file_sha256, position)
);
