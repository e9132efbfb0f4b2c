-- Full-text search over a document's metadata and the text of its PDF, both folded (no diacritics,
-- lower case): a trigram index answers "contains these words" without scanning a million rows.
create extension if not exists pg_trgm;
alter table document add column body_folded text not null default '';
alter table document add column search_folded text generated always as (text_folded || ' ' || body_folded) stored;
create index document_search_idx on document using gin (search_folded gin_trgm_ops);
