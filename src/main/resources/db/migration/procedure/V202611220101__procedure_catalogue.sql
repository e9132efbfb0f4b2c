-- Procedure catalogue (danh mục thủ tục hành chính). The lists that belong to one procedure and are
-- always read with it (fees, components, results, legal basis, internal process steps) are jsonb;
-- the implementing agencies are a table because dossiers and searches look procedures up by agency.
create table procedure (
    id              bigint        generated always as identity primary key,
    code            varchar(40)   not null unique,         -- national code + '.' + agency code
    national_code   varchar(12)   not null,
    agency_code     char(13)      not null references agency (code),
    name            varchar(500)  not null,
    field           varchar(200)  not null,
    level           varchar(20)   not null check (level in ('PROVINCE', 'COMMUNE')),
    processing_days numeric(6, 1) not null check (processing_days > 0),
    online_level    varchar(10)   not null check (online_level in ('FULL', 'PARTIAL', 'OFFLINE')),
    applicant_types varchar(40)   not null,                -- 'CITIZEN', 'ORGANISATION' or both, comma separated
    description     text          not null default '',
    conditions      text          not null default '',
    fees            jsonb         not null default '[]',
    components      jsonb         not null,
    results         jsonb         not null,
    legal_basis     jsonb         not null,
    steps           jsonb         not null,
    effective_from  date          not null,
    effective_to    date,
    active          boolean       not null default true,
    search_text     text          not null,                -- folded code, name and field for diacritic-free search
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint procedure_national_code check (national_code ~ '^[12]\.[0-9]{6}$'),
    constraint procedure_effective check (effective_to is null or effective_to >= effective_from)
);
create index procedure_field_idx on procedure (field);
create index procedure_level_idx on procedure (level);

-- Province-level procedures name their implementing agencies; a commune-level procedure with no rows
-- here is implemented by every commune and ward.
create table procedure_agency (
    procedure_id bigint   not null references procedure (id) on delete cascade,
    agency_code  char(13) not null references agency (code),
    primary key (procedure_id, agency_code)
);
create index procedure_agency_code_idx on procedure_agency (agency_code);
