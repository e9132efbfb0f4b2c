-- Append-only, hash-chained log of privileged actions. Each row's hash covers its own content and
-- the previous row's hash, so editing or deleting any row breaks the chain from there on.
create table audit_event (
    id          bigint       generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    bigint,
    actor_name  varchar(100) not null,
    client_ip   varchar(64),
    action      varchar(100) not null,
    target_type varchar(50)  not null,
    target_id   varchar(100),
    details     text         not null default '',
    prev_hash   char(64)     not null,
    hash        char(64)     not null unique
);
create index audit_event_target_idx on audit_event (target_type, target_id);
create index audit_event_actor_idx on audit_event (actor_name, occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
