-- Official documents (văn bản đến / văn bản đi, Decree 30/2020/NĐ-CP). Every change appends a
-- document_event row in the same transaction; the document row holds the current state.

-- The 29 kinds of administrative document (Appendix III of Decree 30) with their abbreviations; the
-- official letter (công văn) and the public letter (thư công) have none.
create table document_type (
    code       varchar(10)  primary key,
    name       varchar(100) not null,
    notation   varchar(10)  not null,   -- used in the notation, e.g. 'QĐ' in 15/QĐ-UBND; '' for công văn
    sort_order smallint     not null
);
insert into document_type (code, name, notation, sort_order) values
    ('NQ', 'Nghị quyết (cá biệt)', 'NQ', 1), ('QD', 'Quyết định (cá biệt)', 'QĐ', 2), ('CT', 'Chỉ thị', 'CT', 3),
    ('QC', 'Quy chế', 'QC', 4), ('QYD', 'Quy định', 'QyĐ', 5), ('TC', 'Thông cáo', 'TC', 6), ('TB', 'Thông báo', 'TB', 7),
    ('HD', 'Hướng dẫn', 'HD', 8), ('CTR', 'Chương trình', 'CTr', 9), ('KH', 'Kế hoạch', 'KH', 10),
    ('PA', 'Phương án', 'PA', 11), ('DA', 'Đề án', 'ĐA', 12), ('DAN', 'Dự án', 'DA', 13), ('BC', 'Báo cáo', 'BC', 14),
    ('BB', 'Biên bản', 'BB', 15), ('TTR', 'Tờ trình', 'TTr', 16), ('HDG', 'Hợp đồng', 'HĐ', 17),
    ('CV', 'Công văn', '', 18), ('CD', 'Công điện', 'CĐ', 19), ('GN', 'Bản ghi nhớ', 'GN', 20),
    ('TTH', 'Bản thỏa thuận', 'TTh', 21), ('GUQ', 'Giấy ủy quyền', 'GUQ', 22), ('GM', 'Giấy mời', 'GM', 23),
    ('GGT', 'Giấy giới thiệu', 'GGT', 24), ('GNP', 'Giấy nghỉ phép', 'GNP', 25), ('PG', 'Phiếu gửi', 'PG', 26),
    ('PC', 'Phiếu chuyển', 'PC', 27), ('PB', 'Phiếu báo', 'PB', 28), ('THC', 'Thư công', '', 29);

-- Registers (sổ văn bản): incoming and outgoing per agency, and separate ones for secret documents.
create table document_register (
    id          bigint       generated always as identity primary key,
    agency_code char(13)     not null references agency (code),
    direction   varchar(3)   not null check (direction in ('IN', 'OUT')),
    secret      boolean      not null default false,
    name        varchar(200) not null,
    unique (agency_code, direction, secret)
);

-- Number counters: incoming numbers run through the year per register; outgoing numbers per register,
-- type and year. Taken by an upsert inside the registering transaction, so no gaps and no duplicates.
create table document_number (
    register_id bigint      not null references document_register (id),
    year        smallint    not null,
    series      varchar(10) not null,   -- '' for incoming, the type code for outgoing
    last        integer     not null,
    primary key (register_id, year, series)
);

create table document (
    id               bigint        generated always as identity primary key,
    agency_code      char(13)      not null references agency (code),   -- the agency whose register holds it
    direction        varchar(3)    not null check (direction in ('IN', 'OUT')),
    register_id      bigint        references document_register (id),   -- null for an outgoing draft
    year             smallint,
    number           integer,                                           -- số đến (IN) or số (OUT, once issued)
    notation         varchar(60)   not null default '',                 -- số, ký hiệu: '15/QĐ-UBND'
    type_code        varchar(10)   not null references document_type (code),
    subject          varchar(500)  not null,                            -- trích yếu
    issuer_name      varchar(300)  not null,                            -- cơ quan ban hành (the sender for IN)
    issuer_code      varchar(13),                                       -- its agency code when known
    issued_on        date,                                              -- ngày ban hành
    arrived_at       timestamptz,                                       -- IN: thời gian đến
    urgency          varchar(12)   not null default 'NORMAL'
                     check (urgency in ('NORMAL', 'KHAN', 'THUONG_KHAN', 'HOA_TOC')),
    confidentiality  varchar(10)   not null default 'NORMAL'
                     check (confidentiality in ('NORMAL', 'MAT', 'TOI_MAT', 'TUYET_MAT')),
    page_count       integer       not null default 1 check (page_count > 0),
    due_on           date,                                              -- hạn xử lý
    status           varchar(12)   not null,
    signer_name      varchar(200)  not null default '',
    signer_title     varchar(200)  not null default '',
    source           varchar(10)   not null check (source in ('UPLOAD', 'SCAN', 'INTERNAL', 'EDXML', 'DRAFT')),
    origin_id        bigint        references document (id),            -- IN delivered inside the installation: the OUT it came from
    reply_to_id      bigint        references document (id),            -- OUT answering an IN
    drafting_unit    varchar(20)   not null default '',                 -- OUT công văn: the drafting unit's abbreviation ('VP')
    text_folded      text          not null default '',                 -- metadata and extracted text, without diacritics, for search
    created_by       bigint        not null references account (id),
    created_at       timestamptz   not null,
    version          integer       not null default 0,
    unique (register_id, year, direction, number, notation)
);
create index document_agency_idx on document (agency_code, direction, status, created_at desc);
create index document_origin_idx on document (origin_id) where origin_id is not null;

create table document_file (
    id          bigint       generated always as identity primary key,
    document_id bigint       not null references document (id),
    purpose     varchar(10)  not null check (purpose in ('MAIN', 'ATTACHMENT', 'DRAFT')),
    revision    integer      not null default 1,
    file_sha256 char(64)     not null references stored_file (sha256),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size        bigint       not null,
    uploaded_by bigint       not null references account (id),
    uploaded_at timestamptz  not null default now()
);
create index document_file_document_idx on document_file (document_id);

-- Who handles an incoming document: one lead (chủ trì), cooperating (phối hợp) and for-information
-- (để biết) units or people, each with a deadline; a unit may assign on inside itself.
create table document_assignment (
    id            bigint       generated always as identity primary key,
    document_id   bigint       not null references document (id),
    kind          varchar(10)  not null check (kind in ('LEAD', 'COOPERATE', 'INFO')),
    agency_code   char(13)     references agency (code),
    account_id    bigint       references account (id),
    assignee_name varchar(300) not null,
    due_on        date,
    note          varchar(2000) not null default '',
    parent_id     bigint       references document_assignment (id),
    assigned_by   bigint       not null references account (id),
    assigned_at   timestamptz  not null,
    completed_at  timestamptz,
    check (agency_code is not null or account_id is not null)
);
create index document_assignment_document_idx on document_assignment (document_id);
create index document_assignment_account_idx on document_assignment (account_id) where completed_at is null;
create index document_assignment_agency_idx on document_assignment (agency_code) where completed_at is null;

-- An outgoing draft's route: reviewers and the signing leader, in order.
create table document_review (
    id          bigint       generated always as identity primary key,
    document_id bigint       not null references document (id),
    position    integer      not null,
    account_id  bigint       not null references account (id),
    reviewer_name varchar(200) not null,
    signs       boolean      not null default false,
    decision    varchar(10)  check (decision in ('APPROVED', 'RETURNED')),
    comment     varchar(2000) not null default '',
    decided_at  timestamptz,
    unique (document_id, position)
);

-- Where an issued document goes: an agency of this installation (delivered at once into its
-- incoming register) or an outside organisation (edXML through the exchange module).
create table document_recipient (
    id             bigint       generated always as identity primary key,
    document_id    bigint       not null references document (id),
    agency_code    varchar(13)  not null,
    name           varchar(300) not null,
    internal       boolean      not null,
    status         varchar(12)  not null default 'PENDING',   -- PENDING, SENT, ARRIVED, ACCEPTED, ASSIGNED, PROCESSING, DONE, REFUSED, RECALLED
    delivered_id   bigint       references document (id),     -- the incoming document created at an internal recipient
    updated_at     timestamptz  not null default now(),
    unique (document_id, agency_code)
);

create table document_event (
    id          bigint        generated always as identity primary key,
    document_id bigint        not null references document (id),
    at          timestamptz   not null,
    actor_id    bigint        references account (id),
    actor_name  varchar(200)  not null,
    action      varchar(30)   not null,
    from_status varchar(12),
    to_status   varchar(12)   not null,
    note        varchar(2000) not null default ''
);
create index document_event_document_idx on document_event (document_id, id);

create function document_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document_event is append-only';
end $$;
create trigger document_event_no_change before update or delete on document_event
    for each row execute function document_event_append_only();
