-- Recall and replacement of issued documents (Decree 30/2020): an outgoing document may name the one it
-- replaces; when it is issued, the old one is marked REPLACED and points to it. Recalled and replaced
-- documents keep their rows and history, with those statuses.
alter table document add column replaces_id bigint references document (id);
alter table document add column replaced_by_id bigint references document (id);
create index document_replaces_idx on document (replaces_id) where replaces_id is not null;
