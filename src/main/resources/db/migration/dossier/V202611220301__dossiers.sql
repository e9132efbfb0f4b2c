-- One-stop dossiers (hồ sơ một cửa). Every state change appends a dossier_event row in the same
-- transaction; the dossier row holds the current state for fast inboxes and lookups.
-- Each version of a procedure that dossiers were submitted under, stored once (by the SHA-256 of
-- its JSON) and never changed: a dossier is processed by the rules it was received under.
create table dossier_procedure_snapshot (
    id   bigint   generated always as identity primary key,
    hash char(64) not null unique,
    body jsonb    not null
);

create table dossier (
    id                   bigint       generated always as identity primary key,
    code                 varchar(30)  not null unique,      -- <agency code>-<yyMMdd>-<4-digit daily sequence>
    procedure_code       varchar(40)  not null references procedure (code),
    procedure_name       varchar(500) not null,
    snapshot_id          bigint       not null references dossier_procedure_snapshot (id),
    agency_code          char(13)     not null references agency (code),
    applicant_account_id bigint       references account (id),
    applicant_kind       varchar(20)  not null check (applicant_kind in ('CITIZEN', 'ORGANISATION')),
    applicant_name       varchar(200) not null,
    applicant_id_number  varchar(20)  not null,             -- personal id or tax code
    applicant_email      varchar(200) not null default '',
    applicant_phone      varchar(20)  not null default '',
    applicant_address    varchar(500) not null default '',
    submitted_by         bigint       not null references account (id),
    channel              smallint     not null check (channel in (1, 2, 3)),   -- 1 in person, 2 online, 3 postal
    status               smallint     not null check (status between 1 and 10),
    outcome              varchar(10)  check (outcome in ('APPROVED', 'REFUSED')),
    step_index           integer      not null default 0,
    step_role            varchar(30),                       -- role of the current step, for inboxes
    submitted_at         timestamptz  not null,
    received_at          timestamptz,
    due_at               timestamptz,                       -- the appointment (ngày hẹn trả)
    step_due_at          timestamptz,
    clock_budget_minutes bigint,
    clock_used_minutes   bigint       not null default 0,
    clock_running_since  timestamptz,
    supplement_count     integer      not null default 0,
    processed_at         timestamptz,
    returned_at          timestamptz,
    result_electronic    boolean      not null default false,
    on_time              boolean,                           -- set when processed: within budget, at most one supplement
    submission_key       uuid         not null,
    version              integer      not null default 0,
    constraint dossier_submission_once unique (submitted_by, submission_key)
);
create index dossier_agency_status_idx on dossier (agency_code, status, due_at);
create index dossier_applicant_idx on dossier (applicant_account_id, submitted_at desc);
create index dossier_submitted_idx on dossier (submitted_at);

create table dossier_sequence (
    agency_code char(13) not null,
    day         date     not null,
    last        integer  not null,
    primary key (agency_code, day)
);

create table dossier_file (
    id             bigint       generated always as identity primary key,
    dossier_id     bigint       not null references dossier (id),
    purpose        varchar(20)  not null check (purpose in ('COMPONENT', 'SUPPLEMENT', 'RESULT', 'RECEIPT', 'NOTICE')),
    component_code varchar(20),
    file_sha256    char(64)     not null references stored_file (sha256),
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size           bigint       not null,
    uploaded_by    bigint       references account (id),
    uploaded_at    timestamptz  not null default now()
);
create index dossier_file_dossier_idx on dossier_file (dossier_id);

-- Append-only history, also the process control sheet (phiếu kiểm soát quá trình): each hand-over
-- names giver, receiver, time and whether the step finished early, on time or late.
create table dossier_event (
    id          bigint       generated always as identity primary key,
    dossier_id  bigint       not null references dossier (id),
    at          timestamptz  not null,
    actor_id    bigint       references account (id),
    actor_name  varchar(200) not null,
    action      varchar(40)  not null,
    from_status smallint,
    to_status   smallint     not null,
    from_step   integer,
    to_step     integer,
    step_name   varchar(300),
    timeliness  varchar(10)  check (timeliness in ('EARLY', 'ON_TIME', 'LATE')),
    note        varchar(2000) not null default '',
    due_at      timestamptz
);
create index dossier_event_dossier_idx on dossier_event (dossier_id, id);

create function dossier_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dossier_event is append-only';
end $$;
create trigger dossier_event_no_change before update or delete on dossier_event
    for each row execute function dossier_event_append_only();

-- The one-stop workflow as data (Decree 61/2018 as amended by 107/2021 and 118/2025): which action
-- moves a dossier from which statuses to which, and who may take it. Actors: a role held in the
-- dossier's agency, 'STEP' for the role of the current internal-process step, 'APPLICANT' for the
-- applicant. to_status 0 keeps the status. advance_step moves to the next step of the procedure's
-- internal process; reaching the last step (returning the result) makes the dossier processed (9)
-- and stops its clock. Rows carry effective dates so a later decree can change the rules as data.
create table workflow_action (
    action         varchar(40)   not null,
    from_statuses  smallint[]    not null,
    to_status      smallint      not null check (to_status between 0 and 10),
    actors         varchar(30)[] not null,
    step_role      varchar(30),                              -- only when the current step has this role
    advance_step   boolean       not null default false,
    clock          varchar(10)   not null default 'KEEP' check (clock in ('KEEP', 'START', 'PAUSE', 'RESUME', 'STOP')),
    note_required  boolean       not null default false,
    effective_from date          not null,
    effective_to   date,
    primary key (action, effective_from)
);

insert into workflow_action (action, from_statuses, to_status, actors, step_role, advance_step, clock, note_required, effective_from) values
    ('RECEIVE',              '{1}',         2,  '{ONE_STOP_OFFICER}',                   null,     false, 'START',  false, '2018-06-21'),
    ('REFUSE_RECEIPT',       '{1}',         3,  '{ONE_STOP_OFFICER}',                   null,     false, 'KEEP',   true,  '2018-06-21'),
    ('HAND_OVER',            '{2,4}',       4,  '{STEP}',                               null,     true,  'KEEP',   false, '2018-06-21'),
    ('APPROVE',              '{4}',         4,  '{STEP}',                               'LEADER', true,  'KEEP',   false, '2018-06-21'),
    ('REFUSE',               '{4}',         4,  '{STEP}',                               'LEADER', true,  'KEEP',   true,  '2018-06-21'),
    ('REQUEST_SUPPLEMENT',   '{2,4}',       5,  '{ONE_STOP_OFFICER,SPECIALIST}',        null,     false, 'PAUSE',  true,  '2018-06-21'),
    ('SUPPLEMENT',           '{5}',         4,  '{APPLICANT,ONE_STOP_OFFICER}',         null,     false, 'RESUME', false, '2018-06-21'),
    ('FINANCIAL_OBLIGATION', '{4}',         6,  '{SPECIALIST,ONE_STOP_OFFICER}',        null,     false, 'PAUSE',  true,  '2018-06-21'),
    ('OBLIGATION_FULFILLED', '{6}',         4,  '{ONE_STOP_OFFICER,SPECIALIST}',        null,     false, 'RESUME', false, '2018-06-21'),
    ('APOLOGISE',            '{2,4,5,6}',   0,  '{ONE_STOP_OFFICER,SPECIALIST,LEADER}', null,     false, 'KEEP',   true,  '2018-06-21'),
    ('RETURN_RESULT',        '{9}',         10, '{ONE_STOP_OFFICER}',                   null,     false, 'KEEP',   false, '2018-06-21'),
    ('WITHDRAW',             '{1,2,4,5,6}', 7,  '{APPLICANT}',                          null,     false, 'STOP',   false, '2018-06-21'),
    ('STOP',                 '{2,4,5,6}',   8,  '{LEADER}',                             null,     false, 'STOP',   true,  '2018-06-21');

create index dossier_received_idx on dossier (received_at);
create index dossier_processed_idx on dossier (processed_at);
