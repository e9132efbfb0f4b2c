-- Form templates (mẫu đơn, tờ khai) that citizens download for a procedure's components. The bytes are
-- in the file store; one row per procedure and component code, keyed like procedure_agency. A component
-- removed from the procedure loses its row when the procedure is saved.
create table component_template (
    procedure_id   bigint       not null references procedure (id) on delete cascade,
    component_code varchar(20)  not null,
    sha256         char(64)     not null references stored_file (sha256),
    file_name      varchar(200) not null,
    media_type     varchar(100) not null,
    updated_at     timestamptz  not null default now(),
    primary key (procedure_id, component_code)
);
