-- Field reports, second part: reports from people without an account held until they confirm a code,
-- asking the reporter for more information (clock paused), escalation of overdue reports, redacted
-- photos, and a chat-platform webhook channel.

alter table feedback_report alter column status type varchar(16);
alter table feedback_report drop constraint feedback_report_status_check;
alter table feedback_report add constraint feedback_report_status_check check (status in ('SUBMITTED', 'VERIFIED',
    'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'INFO_REQUESTED', 'RESOLVED', 'REJECTED'));
alter table feedback_report drop constraint feedback_report_channel_check;
alter table feedback_report add constraint feedback_report_channel_check check (channel in ('WEB', 'HOTLINE', 'OPEN311',
    'GUEST', 'ZALO'));
-- While INFO_REQUESTED: when the question was asked (the clock is paused from then) and the status to go back to.
alter table feedback_report add column info_requested_at timestamptz;
alter table feedback_report add column info_return_status varchar(16);
alter table feedback_event alter column from_status type varchar(16);
alter table feedback_event alter column to_status type varchar(16);

-- Photos the reporter sent with more information: officials only, never published.
alter table feedback_photo drop constraint feedback_photo_purpose_check;
alter table feedback_photo add constraint feedback_photo_purpose_check check (purpose in ('REPORT', 'ANSWER', 'INFO'));

-- A report sent without an account, held (status UNCONFIRMED in the API) until its sender types the
-- code sent to their e-mail or phone. It lives outside feedback_report so no list, map, figure or
-- Open311 query can ever show it; on confirmation it becomes an ordinary report (channel GUEST).
-- Unconfirmed ones are deleted 24 hours after they were sent.
create table feedback_unconfirmed (
    id             uuid          primary key,
    category_code  varchar(40)   not null,
    description    varchar(2000) not null,
    lat            double precision,
    lon            double precision,
    address        varchar(500)  not null default '',
    anonymous      boolean       not null,
    reporter_name  varchar(200)  not null,
    contact_kind   varchar(5)    not null check (contact_kind in ('EMAIL', 'PHONE')),
    contact        varchar(200)  not null,
    photo_sha256s  varchar(400)  not null default '',    -- originals held in the file store, comma-separated
    code_sha256    char(64)      not null,                -- SHA-256 of the 6-digit code (never the code)
    code_expires_at timestamptz  not null,
    attempts       integer       not null default 0,
    client_ip      varchar(64)   not null,
    created_at     timestamptz   not null,
    report_id      bigint        references feedback_report (id)  -- set once confirmed
);
create index feedback_unconfirmed_created_idx on feedback_unconfirmed (created_at) where report_id is null;

-- Anonymous submissions per client address and per contact, for the rate limits (rows older than a
-- day are deleted by the hourly clean-up, so the table stays small).
create table feedback_rate_hit (
    key varchar(220) not null,
    at  timestamptz  not null
);
create index feedback_rate_hit_key_idx on feedback_rate_hit (key, at);

-- One escalation per report and deadline: a report overdue for verification, then again for resolution
-- (or after a new deadline), is escalated once for each.
create table feedback_escalation (
    report_id    bigint      not null references feedback_report (id),
    due_kind     varchar(8)  not null check (due_kind in ('REFUSE', 'RESOLVE')),
    due_at       timestamptz not null,
    escalated_at timestamptz not null,
    primary key (report_id, due_kind, due_at)
);

-- Chat-platform messages already handled (a replayed delivery is answered but changes nothing), and
-- a sender's report waiting for its location.
create table feedback_chat_message (
    platform    varchar(10)  not null,
    message_id  varchar(100) not null,
    received_at timestamptz  not null,
    primary key (platform, message_id)
);
create table feedback_chat_pending (
    platform      varchar(10)   not null,
    sender_id     varchar(100)  not null,
    category_code varchar(40)   not null,
    description   varchar(2000) not null,
    photo_sha256s varchar(400)  not null default '',
    updated_at    timestamptz   not null,
    primary key (platform, sender_id)
);
