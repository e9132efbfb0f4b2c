-- How a dossier's result reached the applicant (trả kết quả): at the desk (who took it, with their
-- identity document), by post (tracking number) or only electronically.
create table dossier_result_delivery (
    dossier_id          bigint       primary key references dossier (id),
    method              varchar(10)  not null check (method in ('DESK', 'POST', 'ONLINE')),
    receiver_name       varchar(200) not null default '',
    receiver_id_number  varchar(20)  not null default '',
    postal_tracking     varchar(40)  not null default '',
    delivered_at        timestamptz  not null,
    recorded_by         bigint       not null references account (id)
);
