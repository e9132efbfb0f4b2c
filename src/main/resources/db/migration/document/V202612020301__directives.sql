-- Directives (theo dõi ý kiến chỉ đạo): a leader's instruction from a meeting or a document, given to a
-- lead unit (chủ trì) and cooperating units (phối hợp) with a deadline and an expected output. The row
-- holds the current state; every change appends a directive_event row in the same transaction, and
-- progress reports are appended, never edited.

create table directive (
    id              bigint        generated always as identity primary key,
    agency_code     char(13)      not null references agency (code),    -- the issuing agency
    content         varchar(4000) not null,                              -- nội dung chỉ đạo
    source_kind     varchar(10)   not null check (source_kind in ('MEETING', 'DOCUMENT')),
    meeting_name    varchar(300),
    meeting_on      date,
    document_id     bigint        references document (id),
    source_label    varchar(600)  not null default '',                   -- the document as the leader saw it (notation, subject)
    lead_code       char(13)      not null references agency (code),     -- đơn vị chủ trì
    lead_name       varchar(300)  not null,
    due_on          date          not null,                              -- the current deadline (extensions in the history)
    expected_output varchar(2000) not null,                              -- kết quả đầu ra
    status          varchar(10)   not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    progress        smallint      not null default 0 check (progress between 0 and 100),
    result_note     varchar(2000) not null default '',
    issued_by       bigint        not null references account (id),
    issuer_name     varchar(200)  not null,
    created_at      timestamptz   not null,
    created_on      date          not null,                              -- the province's date of created_at (figures by period)
    closed_at       timestamptz,
    completed_on    date,                                                -- the province's date of completion (on time or late)
    version         integer       not null default 0,
    check (source_kind = 'MEETING' and meeting_name is not null and meeting_on is not null
           or source_kind = 'DOCUMENT' and document_id is not null),
    check (status <> 'DONE' or completed_on is not null)
);
create index directive_agency_idx on directive (agency_code, created_on);
create index directive_lead_idx on directive (lead_code, created_on);

-- The units of a directive: exactly one lead, any number of cooperating units.
create table directive_unit (
    directive_id bigint       not null references directive (id),
    agency_code  char(13)     not null references agency (code),
    unit_name    varchar(300) not null,
    role         varchar(10)  not null check (role in ('LEAD', 'COOPERATE')),
    primary key (directive_id, agency_code)
);
create index directive_unit_agency_idx on directive_unit (agency_code);
create unique index directive_unit_one_lead on directive_unit (directive_id) where role = 'LEAD';

create table directive_progress (
    id            bigint        generated always as identity primary key,
    directive_id  bigint        not null references directive (id),
    agency_code   char(13)      not null references agency (code),       -- the reporting unit
    percent       smallint      not null check (percent between 0 and 100),
    note          varchar(2000) not null,
    file_sha256   char(64)      references stored_file (sha256),
    file_name     varchar(255),
    reported_by   bigint        not null references account (id),
    reporter_name varchar(200)  not null,
    reported_at   timestamptz   not null
);
create index directive_progress_directive_idx on directive_progress (directive_id, id);

create table directive_event (
    id           bigint        generated always as identity primary key,
    directive_id bigint        not null references directive (id),
    at           timestamptz   not null,
    actor_id     bigint        references account (id),
    actor_name   varchar(200)  not null,
    action       varchar(20)   not null,   -- CREATE, PROGRESS, EXTEND, COMPLETE, CANCEL
    from_status  varchar(10),
    to_status    varchar(10)   not null,
    from_due     date,
    to_due       date,
    note         varchar(2000) not null default ''
);
create index directive_event_directive_idx on directive_event (directive_id, id);

create function directive_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger directive_event_no_change before update or delete on directive_event
    for each row execute function directive_append_only();
create trigger directive_progress_no_change before update or delete on directive_progress
    for each row execute function directive_append_only();
