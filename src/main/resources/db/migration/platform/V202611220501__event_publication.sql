-- Spring Modulith's event publication registry (layout v2): an event that a listener must handle
-- after commit (notifications) is stored in the publishing transaction and removed once handled,
-- so events outstanding after a crash are delivered on the next start.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
