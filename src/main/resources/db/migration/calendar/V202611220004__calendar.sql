-- The year's special days (holidays, days off, swapped working days). Each year is pre-filled from the
-- Labour Code rules the first time it is needed (source RULE); administrators then adjust it to the
-- government's announcement (source ADMIN).
create table calendar_year (
    year         integer     primary key,
    prefilled_at timestamptz not null default now()
);

create table calendar_day (
    day        date         primary key,
    kind       varchar(20)  not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
    name       varchar(200) not null,
    source     varchar(10)  not null check (source in ('RULE', 'ADMIN')),
    updated_by varchar(100) not null default 'system',
    updated_at timestamptz  not null default now()
);
