-- Field reports (phản ánh hiện trường): a citizen reports a problem at a place, the IOC verifies and
-- routes it, the responsible agency answers in public. Every state change appends a feedback_event
-- row in the same transaction; the report row holds the current state for fast lists and maps.

-- What can be reported, managed by system administrators. A category is routed to the commune or
-- ward the place lies in (COMMUNE; the default agency, if any, takes reports without a commune) or
-- always to one agency (AGENCY, e.g. the Department of Construction for provincial roads).
create table feedback_category (
    code                varchar(40)   primary key check (code ~ '^[A-Z0-9_-]{2,40}$'),
    name_vi             varchar(200)  not null,
    name_en             varchar(200)  not null,
    description         varchar(1000) not null default '',
    keywords            varchar(500)  not null default '',
    group_name          varchar(200)  not null default '',
    responsible_kind    varchar(10)   not null check (responsible_kind in ('COMMUNE', 'AGENCY')),
    default_agency_code char(13)      references agency (code),
    active              boolean       not null default true,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint feedback_category_routed check (responsible_kind = 'COMMUNE' or default_agency_code is not null)
);

insert into feedback_category (code, name_vi, name_en, description, keywords, group_name, responsible_kind) values
    ('ROAD',     'Hư hỏng đường, cầu, vỉa hè',            'Damaged road, bridge or pavement', 'Ổ gà, sụt lún, nứt vỡ mặt đường, cầu, vỉa hè', 'ổ gà,sụt lún,đường,cầu,vỉa hè', 'Hạ tầng giao thông', 'COMMUNE'),
    ('FLOODING', 'Ngập úng, tắc thoát nước',              'Flooding or blocked drain',        'Ngập đường, cống, rãnh thoát nước bị tắc hoặc hỏng nắp', 'ngập,cống,thoát nước', 'Hạ tầng đô thị', 'COMMUNE'),
    ('WASTE',    'Rác thải, đổ trộm phế thải',            'Waste and illegal dumping',        'Rác không được thu gom, đổ trộm phế thải xây dựng, điểm đen môi trường', 'rác,phế thải,môi trường', 'Môi trường', 'COMMUNE'),
    ('LIGHTING', 'Chiếu sáng công cộng',                  'Street lighting',                  'Đèn đường hỏng, tắt, sáng ban ngày', 'đèn đường,chiếu sáng', 'Hạ tầng đô thị', 'COMMUNE'),
    ('ORDER',    'Lấn chiếm vỉa hè, trật tự đô thị',      'Encroachment and urban order',     'Lấn chiếm lòng đường, vỉa hè, quảng cáo sai phép', 'lấn chiếm,vỉa hè,trật tự', 'Trật tự đô thị', 'COMMUNE'),
    ('HAZARD',   'Nguy cơ mất an toàn',                   'Safety hazard',                    'Cây đổ, dây điện võng, hố sâu không rào chắn, công trình nguy hiểm', 'nguy hiểm,cây đổ,dây điện', 'An toàn', 'COMMUNE');

-- Commune and ward boundaries (GeoJSON Polygon or MultiPolygon, longitude before latitude) with their
-- bounding boxes; a report's place is mapped to the commune whose boundary contains it.
create table feedback_boundary (
    agency_code char(13)         primary key references agency (code),
    name        varchar(200)     not null,
    geometry    text             not null,
    min_lat     double precision not null,
    min_lon     double precision not null,
    max_lat     double precision not null,
    max_lon     double precision not null,
    updated_at  timestamptz      not null default now()
);

-- Open311 clients (other applications, a chat-platform gateway). Only the SHA-256 of a key is kept.
create table feedback_api_key (
    id         bigint       generated always as identity primary key,
    name       varchar(200) not null,
    key_hash   char(64)     not null unique,
    active     boolean      not null default true,
    created_at timestamptz  not null default now(),
    revoked_at timestamptz
);

create sequence feedback_report_number;

create table feedback_report (
    id                  bigint        generated always as identity primary key,
    code                varchar(20)   not null unique,            -- PA-<yyMMdd>-<number>
    token               uuid          not null unique,            -- Open311 token
    category_code       varchar(40)   not null references feedback_category (code),
    description         varchar(2000) not null,                   -- as the reporter wrote it
    public_description  varchar(2000),                            -- redacted by an operator; null: as written
    lat                 double precision,
    lon                 double precision,
    address             varchar(500)  not null default '',
    commune_code        char(13)      references agency (code),   -- the commune or ward of the place
    agency_code         char(13)      references agency (code),   -- the agency responsible once assigned
    handler_id          bigint        references account (id),
    handler_name        varchar(200),
    status              varchar(12)   not null check (status in ('SUBMITTED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS',
                                                                 'RETURNED', 'RESOLVED', 'REJECTED')),
    channel             varchar(10)   not null check (channel in ('WEB', 'HOTLINE', 'OPEN311')),
    anonymous           boolean       not null default false,     -- name hidden in public views
    reporter_account_id bigint        references account (id),
    reporter_name       varchar(200)  not null default '',
    reporter_email      varchar(200)  not null default '',
    reporter_phone      varchar(20)   not null default '',
    entered_by          bigint        references account (id),    -- the operator who typed a hotline report
    api_key_id          bigint        references feedback_api_key (id),
    media_url           varchar(500)  not null default '',        -- a link given through Open311
    idempotency_scope   varchar(40),
    idempotency_key     uuid,
    reject_reason       varchar(20)   check (reject_reason in ('SPAM', 'OUT_OF_SCOPE', 'DUPLICATE')),
    merged_into         bigint        references feedback_report (id),
    answer              varchar(4000),
    hidden              boolean       not null default false,     -- never shown publicly again
    rating              smallint      check (rating between 1 and 5),
    rating_comment      varchar(1000),
    reopen_count        integer       not null default 0,
    submitted_at        timestamptz   not null,
    verified_at         timestamptz,
    assigned_at         timestamptz,
    resolved_at         timestamptz,
    rated_at            timestamptz,
    updated_at          timestamptz   not null,
    refuse_due_at       timestamptz   not null,                   -- verify or refuse by then
    resolve_due_at      timestamptz,                              -- resolve by then, once accepted
    publish_due_at      timestamptz,                              -- the public answer by then
    version             integer       not null default 0,
    constraint feedback_report_once unique (idempotency_scope, idempotency_key),
    constraint feedback_report_place check ((lat is null) = (lon is null) and (lat is not null or address <> ''))
);
create index feedback_report_agency_idx on feedback_report (agency_code, status, resolve_due_at);
create index feedback_report_reporter_idx on feedback_report (reporter_account_id, submitted_at desc);
create index feedback_report_submitted_idx on feedback_report (submitted_at);
create index feedback_report_updated_idx on feedback_report (updated_at);
-- Open reports near a place, for "follow instead of reporting again".
create index feedback_report_open_place_idx on feedback_report (category_code, lat)
    where not hidden and status in ('SUBMITTED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED');

-- Photos: the original (officials only) and the published copy (resized, re-encoded, no metadata).
create table feedback_photo (
    id              bigint      generated always as identity primary key,
    report_id       bigint      not null references feedback_report (id),
    purpose         varchar(10) not null check (purpose in ('REPORT', 'ANSWER')),
    original_sha256 char(64)    not null references stored_file (sha256),
    public_sha256   char(64)    not null references stored_file (sha256),
    width           integer     not null,
    height          integer     not null,
    uploaded_by     bigint      references account (id),
    uploaded_at     timestamptz not null default now()
);
create index feedback_photo_report_idx on feedback_photo (report_id, id);

-- Citizens following a report (their own duplicates merged into it, or "me too" from the form).
create table feedback_follower (
    report_id  bigint      not null references feedback_report (id),
    account_id bigint      not null references account (id),
    since      timestamptz not null default now(),
    primary key (report_id, account_id)
);
create index feedback_follower_account_idx on feedback_follower (account_id);

-- Append-only history. public: the entry (and its note) appears on the public page.
create table feedback_event (
    id          bigint        generated always as identity primary key,
    report_id   bigint        not null references feedback_report (id),
    at          timestamptz   not null,
    actor_id    bigint        references account (id),
    actor_name  varchar(200)  not null,
    action      varchar(20)   not null,
    from_status varchar(12),
    to_status   varchar(12)   not null,
    agency_code char(13),
    note        varchar(4000) not null default '',
    public      boolean       not null,
    public_note boolean       not null
);
create index feedback_event_report_idx on feedback_event (report_id, id);
create index feedback_event_at_idx on feedback_event (at) where public;

create function feedback_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'feedback_event is append-only';
end $$;
create trigger feedback_event_no_change before update or delete on feedback_event
    for each row execute function feedback_event_append_only();
