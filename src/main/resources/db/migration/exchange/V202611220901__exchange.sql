-- Exchange partners: other installations and the national document axis that send us edXML and
-- receive ours. They prove who they are with an API key, of which only the SHA-256 is kept (keys are
-- random 256-bit values, so a fast hash is enough and a lookup needs no scan).
create table exchange_partner (
    id               bigserial   primary key,
    name             text        not null,
    api_key_hash     text        not null unique,
    organ_patterns   text[]      not null,            -- organ ids they may speak for; '*' matches any characters
    endpoint_url     text        not null,            -- base address receiving our messages: <url>/packages, <url>/status
    outbound_api_key text        not null default '', -- the key they issued us, sent with our deliveries
    active           boolean     not null default true,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

-- Every edXML message in or out, with its signed XML exactly as it travelled.
create table exchange_message (
    id               bigserial   primary key,
    kind             text        not null check (kind in ('PACKAGE', 'STATUS')),
    direction        text        not null check (direction in ('IN', 'OUT')),
    partner_id       bigint      references exchange_partner (id),
    document_id      text        not null,
    from_organ       text        not null,            -- package: From; status: the reporting organ
    to_organs        text[]      not null,            -- package: To; status: the document's sender
    to_agency        text,                            -- OUT: the organ this copy is delivered for
    code             text        not null default '', -- number/notation of the document
    subject          text        not null default '',
    status_code      integer,                         -- STATUS only
    status_at        timestamptz,                     -- STATUS only: when it happened
    signature_valid  boolean     not null,
    signer_subject   text,
    xml              bytea       not null,
    xml_sha256       text        not null,
    status           text        not null check (status in ('RECEIVED', 'PENDING', 'SENT', 'FAILED')),
    attempts         integer     not null default 0,
    last_error       text        not null default '',
    next_attempt_at  timestamptz,                     -- OUT: when a failed delivery is tried again
    created_at       timestamptz not null default now(),
    sent_at          timestamptz
);
-- The same document from the same organ is stored once; so is the same status report.
create unique index exchange_message_in_package_uq on exchange_message (from_organ, document_id)
    where direction = 'IN' and kind = 'PACKAGE';
create unique index exchange_message_in_status_uq on exchange_message (from_organ, document_id, status_code, status_at)
    where direction = 'IN' and kind = 'STATUS';
create index exchange_message_document_idx on exchange_message (document_id);
create index exchange_message_retry_idx on exchange_message (next_attempt_at) where next_attempt_at is not null;
