-- The official a dossier was handed to by name (chuyển cho chuyên viên/lãnh đạo cụ thể). Empty means
-- anyone holding the current step's role at the agency may take it.
alter table dossier add column assignee_id bigint references account (id);
alter table dossier add column assignee_name varchar(200);
create index dossier_assignee_idx on dossier (assignee_id) where assignee_id is not null;
