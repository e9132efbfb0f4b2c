-- The public map and list, Open311 and the staff lists filter reports by commune, category, status or
-- the day they were sent, and read them newest first (submitted_at desc, id desc). At a million reports
-- the submission-time index alone made a commune's map scan 100 000+ rows and the count of a filtered
-- list read the whole table. The common filters and their pairs now have an index in that order, with
-- the columns the remaining filters and the public rule (not hidden) look at included, so that counting
-- reads the index only (bench/README.md, "Field reports"). No query reads reports by their last change,
-- while every action rewrote that index: it goes.
--
-- Built in the migration's transaction, not: CREATE INDEX CONCURRENTLY waits for every
-- open transaction and hung start-up whenever another connection had one (tests share a cluster). On
-- an installation with a million reports the build takes about a minute, during which report writes
-- wait (reads go on); upgrade in a quiet hour.
drop index if exists feedback_report_submitted_idx;
create index if not exists feedback_report_submitted_idx on feedback_report (submitted_at, id) include (hidden);
create index if not exists feedback_report_commune_idx
    on feedback_report (commune_code, submitted_at, id) include (status, hidden);
create index if not exists feedback_report_commune_category_idx
    on feedback_report (commune_code, category_code, submitted_at, id) include (status, hidden);
create index if not exists feedback_report_category_idx
    on feedback_report (category_code, status, submitted_at, id) include (hidden);
create index if not exists feedback_report_status_idx
    on feedback_report (status, submitted_at, id) include (hidden);
drop index if exists feedback_report_updated_idx;
