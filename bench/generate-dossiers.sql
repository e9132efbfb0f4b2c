-- Synthetic dossiers for benchmarks: :count dossiers over the last 3 years, spread over every
-- (agency, procedure) pair the catalogue allows, with a realistic mix of statuses (open ones only in
-- the last 30 days), codes unique per agency and day, and 2–3 history rows each. Server-side
-- generate_series: no rows travel over the network. Run by bench/SqlGenerator.java.
create temp table bench_pair as
select row_number() over (order by a.code, p.code) - 1 as idx, a.code as agency_code, p.code as procedure_code,
       p.name as procedure_name, p.processing_days,
       jsonb_array_length(p.steps) as steps,
       jsonb_build_object('nationalCode', p.national_code, 'agencyCode', p.agency_code, 'name', p.name,
           'field', p.field, 'level', p.level,
           'implementingAgencies', coalesce((select jsonb_agg(pa.agency_code order by pa.agency_code)
                                             from procedure_agency pa where pa.procedure_id = p.id), '[]'),
           'processingDays', p.processing_days, 'onlineLevel', p.online_level,
           'applicantTypes', to_jsonb(string_to_array(p.applicant_types, ',')), 'description', p.description,
           'conditions', p.conditions, 'fees', p.fees, 'components', p.components, 'results', p.results,
           'legalBasis', p.legal_basis, 'effectiveFrom', p.effective_from, 'effectiveTo', p.effective_to,
           'steps', p.steps) as snapshot
from procedure p
join agency a on a.active and (
       exists (select 1 from procedure_agency pa where pa.procedure_id = p.id and pa.agency_code = a.code)
    or (p.level = 'COMMUNE' and a.kind in ('COMMUNE', 'WARD')
        and not exists (select 1 from procedure_agency pa where pa.procedure_id = p.id)))
where p.active and p.effective_to is null;

insert into dossier_procedure_snapshot (hash, body)
select distinct encode(sha256(convert_to(snapshot::text, 'UTF8')), 'hex'), snapshot from bench_pair
on conflict (hash) do nothing;

alter table bench_pair add column snapshot_id bigint;

update bench_pair set snapshot_id = (select id from dossier_procedure_snapshot s
                                     where s.hash = encode(sha256(convert_to(snapshot::text, 'UTF8')), 'hex'));

create index on bench_pair (idx);

create temp table bench_row as
select g, pr.idx,
       pr.agency_code, pr.procedure_code, pr.procedure_name, pr.processing_days, pr.steps, pr.snapshot_id,
       (current_date - 1 - (g * 1095 / :count)::int) as day,
       case when g < :count * 30 / 1095 then
              (array[2, 4, 4, 5, 6, 9, 10, 10, 10, 10, 10, 10, 3, 1, 7])[(1 + g % 15)::int]
            else (array[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 3, 7, 8])[(1 + g % 20)::int]
       end as status,
       1 + (g % 3 = 0)::int as channel
from generate_series(0::bigint, :count - 1) g
join bench_pair pr on pr.idx = (g * 7919) % (select count(*) from bench_pair);

insert into dossier (code, procedure_code, procedure_name, snapshot_id, agency_code, applicant_account_id,
    applicant_kind, applicant_name, applicant_id_number, applicant_email, applicant_phone, applicant_address,
    submitted_by, channel, status, outcome, step_index, step_role, submitted_at, received_at, due_at, step_due_at,
    clock_budget_minutes, clock_used_minutes, clock_running_since, supplement_count, processed_at, returned_at,
    result_electronic, on_time, submission_key)
select agency_code || '-' || to_char(day, 'YYMMDD') || '-'
         || lpad((row_number() over (partition by agency_code, day order by g))::text, 4, '0'),
       procedure_code, procedure_name, snapshot_id, agency_code, null,
       'CITIZEN', 'Công dân thử tải ' || g, '0270' || lpad((90000000 + g)::text, 8, '0'), '', '', '',
       (select id from account where username = 'quantri'), channel, status,
       case when status in (9, 10) then 'APPROVED' end,
       case when status in (9, 10) then steps - 1 when status in (4, 5, 6) then 1 else 0 end,
       (select bp.snapshot -> 'steps' -> (case when r.status in (9, 10) then r.steps - 1 when r.status in (4, 5, 6) then 1 else 0 end) ->> 'role'
        from bench_pair bp where bp.idx = r.idx),
       day + time '08:00' + (g % 480) * interval '1 minute',
       case when status not in (1, 3) then day + time '08:30' + (g % 480) * interval '1 minute' end,
       case when status not in (1, 3) then day + time '08:30' + (g % 480) * interval '1 minute'
                                        + processing_days * interval '1.4 day' end,
       case when status in (2, 4, 5, 6) then day + interval '2 day' end,
       (processing_days * 480)::bigint,
       case when status in (9, 10) then (processing_days * 480 * (0.5 + (g % 60) / 100.0))::bigint else 0 end,
       case when status in (2, 4) then day + time '08:30' end,
       (status = 5)::int,
       case when status in (9, 10) then day + processing_days * interval '1 day' end,
       case when status = 10 then day + processing_days * interval '1 day' + interval '1 hour' end,
       status = 10 and channel = 2, case when status in (9, 10) then g % 60 < 50 end,
       md5(g::text || 'bench')::uuid
from bench_row r;

insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
    step_name, note)
select d.id, d.submitted_at, null::bigint, d.applicant_name, 'SUBMIT', null::smallint, 1, null::integer, 0, '', ''
from dossier d where d.applicant_name like 'Công dân thử tải %'
union all
select d.id, d.received_at, null, 'Cán bộ một cửa', 'RECEIVE', 1, 2, 0, 0, '', ''
from dossier d where d.applicant_name like 'Công dân thử tải %' and d.received_at is not null
union all
select d.id, d.returned_at, null, 'Cán bộ một cửa', 'RETURN_RESULT', 9, 10, d.step_index, d.step_index, '', ''
from dossier d where d.applicant_name like 'Công dân thử tải %' and d.status = 10;

insert into dossier_sequence (agency_code, day, last)
select agency_code, day, count(*) from bench_row group by agency_code, day
on conflict (agency_code, day) do update set last = greatest(dossier_sequence.last, excluded.last);

analyze dossier;
analyze dossier_event;
