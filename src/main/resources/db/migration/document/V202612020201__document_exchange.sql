-- Documents exchanged with organs outside the installation as edXML (QCVN 102:2016) through the
-- exchange module.

-- Documents that arrived as an edXML package: which package (so that the same package never makes a
-- second document at the same agency) and who sent it (so that status messages go back to the sender
-- with the document's reference as the sender wrote it).
create table document_exchange_arrival (
    document_id       bigint       primary key references document (id),
    agency_code       char(13)     not null,        -- our agency that received it
    message_id        bigint       not null,        -- exchange_message of the package
    organ_id          varchar(13)  not null,        -- the sending organ
    organ_name        varchar(300) not null,
    edxml_document_id varchar(255) not null,        -- the sender's DocumentId
    code              varchar(100) not null,        -- number/notation as written by the sender
    promulgation_date date         not null,
    unique (message_id, agency_code)
);

-- Recipients outside the installation: the package sent, the sender's DocumentId it was sent with,
-- and, when it could not be sent, why. Statuses now include those that come back as edXML
-- (RECALL_REQUESTED, RECALL_REFUSED) and those of sending (NO_ROUTE, FAILED).
alter table document_recipient alter column status type varchar(20);
alter table document_recipient add column exchange_message_id bigint;
alter table document_recipient add column edxml_document_id varchar(255);
alter table document_recipient add column status_note varchar(500) not null default '';
create index document_recipient_edxml_idx on document_recipient (edxml_document_id, agency_code)
    where edxml_document_id is not null;

-- A document registered from an edXML package was put in the register by the system, not by a person.
alter table document alter column created_by drop not null;
alter table document_file alter column uploaded_by drop not null;
