-- The public map, zoomed in, shows the newest visible reports inside the part of the map in view. At a
-- million reports a view of a busy ward holds about 8 000 of them: read through the submission-time
-- index they are scattered over 5 000 table pages (58 ms), so the places get a spatial index of their own
-- (SP-GiST, a quad tree over point(lon, lat)) that also carries every column the map reads and filters on,
-- and the query reads the index alone (5–7 ms for those 8 000). Hidden reports and those without a point
-- are never on the map and stay out of it (bench/README.md, "Field reports").
--
-- Built in the migration's transaction, not CONCURRENTLY (which waits for every open transaction and hung
-- start-up when another connection had one): about 6 s at a million reports, while report writes wait.
create index if not exists feedback_report_place_idx on feedback_report using spgist (point(lon, lat))
    include (lat, lon, submitted_at, id, code, category_code, status, commune_code)
    where not hidden and lat is not null;

-- The map counts reports by commune and takes a report with a commune to be on the map: the commune is only
-- ever found from the report's point, and this states it.
alter table feedback_report add constraint feedback_report_commune_placed check (commune_code is null or lat is not null);
