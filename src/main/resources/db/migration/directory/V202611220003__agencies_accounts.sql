-- Agency tree (danh mục cơ quan) with QCVN 102:2016 codes, and the accounts of officials,
-- citizens and organisations.
create table agency (
    id           bigint        generated always as identity primary key,
    code         char(13)      not null unique,
    parent_id    bigint        references agency (id),
    path         varchar(1000) not null,            -- '/1/5/23/': ids from the root, for subtree queries
    name         varchar(300)  not null,
    short_name   varchar(150)  not null,
    abbreviation varchar(20)   not null,
    kind         varchar(20)   not null,
    address      varchar(500)  not null default '',
    phone        varchar(50)   not null default '',
    email        varchar(200)  not null default '',
    active       boolean       not null default true,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      integer       not null default 0,
    constraint agency_code_format check (code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
    constraint agency_kind check (kind in ('PROVINCE', 'DEPARTMENT', 'PROVINCIAL_UNIT', 'COMMUNE', 'WARD'))
);
create index agency_parent_idx on agency (parent_id);
create index agency_path_idx on agency (path text_pattern_ops);
create index agency_search_idx on agency (lower(name));

create table account (
    id                   bigint       generated always as identity primary key,
    username             varchar(100) not null,
    kind                 varchar(20)  not null check (kind in ('OFFICIAL', 'CITIZEN', 'ORGANISATION')),
    display_name         varchar(200) not null,
    email                varchar(200) not null default '',
    phone                varchar(20)  not null default '',
    password_hash        varchar(200),                  -- null for accounts that only sign in through OIDC
    must_change_password boolean      not null default false,
    failed_logins        integer      not null default 0,
    locked_until         timestamptz,
    totp_secret          varchar(64),
    totp_enabled         boolean      not null default false,
    totp_last_step       bigint       not null default 0,      -- refuses replay of a used code
    oidc_issuer          varchar(300),
    oidc_subject         varchar(200),
    active               boolean      not null default true,
    created_at           timestamptz  not null default now(),
    last_login_at        timestamptz,
    version              integer      not null default 0,
    constraint account_oidc_unique unique (oidc_issuer, oidc_subject)
);
create unique index account_username_idx on account (lower(username));

create table official (
    account_id  bigint       primary key references account (id),
    agency_id   bigint       not null references agency (id),
    position    varchar(200) not null default '',
    updated_at  timestamptz  not null default now()
);
create index official_agency_idx on official (agency_id);

-- An official may hold roles in several agencies.
create table official_role (
    account_id bigint      not null references official (account_id),
    agency_id  bigint      not null references agency (id),
    role       varchar(30) not null check (role in ('SYSTEM_ADMIN', 'AGENCY_ADMIN', 'ONE_STOP_OFFICER',
                                                    'SPECIALIST', 'LEADER', 'CLERK', 'IOC_OPERATOR')),
    primary key (account_id, agency_id, role)
);
create index official_role_agency_idx on official_role (agency_id, role);

create table citizen (
    account_id  bigint       primary key references account (id),
    personal_id char(12)     not null unique,
    full_name   varchar(200) not null,
    birth_date  date
);

create table organisation (
    account_id bigint       primary key references account (id),
    tax_code   varchar(14)  not null unique,
    name       varchar(300) not null,
    address    varchar(500) not null default ''
);

create table import_job (
    id          bigint       generated always as identity primary key,
    kind        varchar(20)  not null,
    status      varchar(20)  not null,
    file_name   varchar(300) not null default '',
    total_rows  integer      not null default 0,
    done_rows   integer      not null default 0,
    errors      text         not null default '[]',
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    finished_at timestamptz
);
