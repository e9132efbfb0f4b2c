-- Every message the platform sent or tried to send, with its delivery status.
create table notification_log (
    id         bigint       generated always as identity primary key,
    at         timestamptz  not null default now(),
    channel    varchar(20)  not null,                 -- EMAIL, SMS_LOG or the SMS provider's name
    recipient  varchar(200) not null,
    subject    varchar(300) not null default '',
    body       text         not null,
    status     varchar(10)  not null check (status in ('SENT', 'SKIPPED', 'FAILED')),
    error      varchar(500) not null default '',
    reference  varchar(40)  not null default '',      -- e.g. the dossier code
    event_key  varchar(80)  not null default ''       -- dossier event id, so a redelivered event is not sent twice
);
create index notification_log_reference_idx on notification_log (reference);
create unique index notification_log_once_idx on notification_log (event_key, channel) where event_key <> '';
