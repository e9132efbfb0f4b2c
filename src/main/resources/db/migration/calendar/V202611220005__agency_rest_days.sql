-- Weekly rest days per agency where they differ from Saturday + Sunday (e.g. a one-stop desk open on
-- Saturday mornings is modelled by an agency whose only rest day is Sunday).
create table agency_rest_days (
    agency_code char(13)    primary key,
    rest_days   varchar(70) not null,   -- comma-separated ISO day names, e.g. 'SUNDAY'
    updated_by  varchar(100) not null,
    updated_at  timestamptz not null default now()
);
