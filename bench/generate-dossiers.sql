-- Synthetic dossiers for benchmarks: :count dossiers submitted on the working days of the last 3
-- years, spread over every (agency, procedure) pair the catalogue allows (the demo province, or the
-- whole country after bench/generate-agencies.sql), with a realistic mix of statuses (open ones only in
-- the last 30 days), outcomes, supplements and channels. Codes are <agency>-<yyMMdd>-<seq> with the
-- sequence gapless per agency and day and in submission order, and dossier_sequence is advanced so new
-- submissions never collide. Every dossier gets the complete history the workflow would have written
-- (SUBMIT, RECEIVE, one hand-over/approval per internal step, supplements, the final action), by the
-- agency's officials of each step's role, and a returned one its result delivery. Ids grow with time.
-- Server-side generate_series, no rows over the network. Run by bench/SqlGenerator.java.
--
-- Bulk load: foreign-key triggers are off for this transaction (session_replication_role = replica:
-- the rows are made consistent here, as pg_restore does) and the secondary indexes of dossier and
-- dossier_event are dropped first and built once at the end; all in one transaction.
set local timezone = 'Asia/Ho_Chi_Minh';
set local session_replication_role = replica;
set local work_mem = '256MB';
set local maintenance_work_mem = '512MB';

-- The procedures in effect, each with the snapshot a dossier submitted now would keep.
create temp table bench_proc as
select p.id, p.code as procedure_code, p.name as procedure_name, p.level, p.processing_days,
       jsonb_array_length(p.steps) as steps, p.steps::text like '%"LEADER"%' as has_leader,
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
where p.active and p.effective_to is null;

alter table bench_proc add column hash text;

update bench_proc set hash = encode(sha256(convert_to(snapshot::text, 'UTF8')), 'hex');

insert into dossier_procedure_snapshot (hash, body)
select hash, snapshot from bench_proc
on conflict (hash) do nothing;

-- Every (agency, procedure) pair the catalogue allows.
create temp table bench_pair as
select (row_number() over (order by a.code, p.procedure_code) - 1)::int as idx, a.code as agency_code,
       a.name as agency_name, p.procedure_code, p.procedure_name, p.processing_days, p.steps, p.has_leader,
       s.id as snapshot_id, (dense_rank() over (order by a.code))::int as agency_n
from bench_proc p
join dossier_procedure_snapshot s on s.hash = p.hash
join agency a on a.active and (
       exists (select 1 from procedure_agency pa where pa.procedure_id = p.id and pa.agency_code = a.code)
    or (p.level = 'COMMUNE' and a.kind in ('COMMUNE', 'WARD')
        and not exists (select 1 from procedure_agency pa where pa.procedure_id = p.id)));

create index on bench_pair (idx);

analyze bench_pair;

-- Each procedure's internal steps: name and role.
create temp table bench_step as
select p.code as procedure_code, (s.ordinality - 1)::int as j, s.step ->> 'name' as name, s.step ->> 'role' as role
from procedure p, jsonb_array_elements(p.steps) with ordinality as s(step, ordinality)
where p.code in (select procedure_code from bench_proc);

analyze bench_step;

-- Who acts for each role at each agency (the first such official), and the fallback names.
create temp table bench_staff as
select distinct on (a.code, r.role) a.code as agency_code, r.role, acc.id as account_id, acc.display_name as name
from official_role r
join agency a on a.id = r.agency_id
join account acc on acc.id = r.account_id and acc.active
order by a.code, r.role, acc.id;

create temp table bench_role_name (role text primary key, name text);

insert into bench_role_name values ('ONE_STOP_OFFICER', 'Cán bộ một cửa'), ('SPECIALIST', 'Chuyên viên xử lý'),
 ('LEADER', 'Lãnh đạo phê duyệt'), ('CLERK', 'Văn thư');

create temp table bench_actor as
select n.role, a.agency_code, s.account_id, coalesce(s.name, n.name) as name
from bench_role_name n
cross join (select distinct agency_code from bench_pair) a
left join bench_staff s on s.agency_code = a.agency_code and s.role = n.role;

create index on bench_actor (agency_code, role);

analyze bench_actor;

-- Working days of the last three years, newest first.
create temp table bench_day as
select (row_number() over (order by d desc) - 1)::int as n, d::date as day
from generate_series(current_date - 1095, current_date - 1, interval '1 day') d
where extract(isodow from d) < 6;

-- One row per dossier, oldest first (g = 0): its pair and day, and its sequence that day at its agency
-- (numbered in submission order: the window works on narrow rows, sorted back by g once).
create temp table bench_g as
select g, idx, day_n, seq, per_day
from (select x.g, x.idx, x.day_n, (row_number() over w)::int as seq, (count(*) over w)::int as per_day
      from (select g, (g * 7919) % (select count(*) from bench_pair) as idx,
                   (select count(*) from bench_day)::int - 1 - (g * (select count(*) from bench_day) / :count)::int as day_n
            from generate_series(0::bigint, :count - 1) g) x
      join bench_pair p on p.idx = x.idx
      window w as (partition by p.agency_n, x.day_n order by x.g)) y
order by g;

-- A second run adds to the first: the sequences go on from the numbers already given.
update bench_g g set seq = g.seq + s.last, per_day = g.per_day + s.last
from bench_pair p, bench_day d, dossier_sequence s
where p.idx = g.idx and d.n = g.day_n and s.agency_code = p.agency_code and s.day = d.day;

-- Status, channel, outcome and how far each dossier went (k: internal steps passed), its times (the
-- end is its final action, or now for open ones) and its applicant. Ids follow the existing ones in
-- time order.
create temp table bench_row as
select x.*, a.k, a.id, a.submitted_at, a.factor, a.applicant_name, a.applicant_id, b.received_at, b.due_at, c.t_end,
       (c.t_end - coalesce(b.received_at, a.submitted_at)) / (a.k + 1) as unit
from (select g.g, g.seq, p.idx, p.agency_code, p.agency_name, p.procedure_code, p.procedure_name, p.processing_days,
             p.steps, p.snapshot_id, d.day, st.status,
             case when st.status in (1, 3) or r_channel < 55 then 2 when r_channel < 97 then 1 else 3 end::smallint as channel,
             p.has_leader and (g.g * 13) % 100 < 3 as refused,
             st.status = 5 or (st.status in (4, 9, 10) and p.steps > 2 and (g.g * 17) % 100 < 8) as supplemented,
             g.per_day
      from bench_g g
      join bench_pair p on p.idx = g.idx
      join bench_day d on d.n = g.day_n
      cross join lateral (select (g.g * 7) % 100 as r_channel, (g.g * 37) % 100 as r_status) rnd
      cross join lateral (select (case when d.day >= current_date - 30 then
                    case when r_status < 8 then 1 when r_status < 20 then 2 when r_status < 45 then 4
                         when r_status < 50 then 5 when r_status < 53 then 6 when r_status < 65 then 9
                         when r_status < 92 then 10 when r_status < 96 then 3 when r_status < 99 then 7 else 8 end
                  else case when r_status < 90 then 10 when r_status < 95 then 3 when r_status < 98 then 7 else 8 end
             end)::smallint as status) st) x
cross join lateral (select
  case when x.status in (9, 10) then x.steps - 1
       when x.status in (4, 6) then 1 + (x.g % greatest(x.steps - 2, 1))::int
       when x.status in (5, 8) then 1 else 0 end as k,
  (select coalesce(max(id), 0) from dossier) + x.g + 1 as id,
  x.day + time '07:30' + (x.seq * 540 / (x.per_day + 1)) * interval '1 minute' as submitted_at,
  0.5 + (x.g % 60) / 100.0 as factor,
  (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
         'Hồ', 'Ngô', 'Dương', 'Lý'])[1 + x.g % 16]
     || ' ' || (array['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Hoài', 'Gia', 'Bảo'])[1 + x.g / 16 % 12]
     || ' ' || (array['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan',
                      'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang',
                      'Tuấn', 'Việt', 'Yến'])[1 + x.g / 192 % 27] as applicant_name,
  '0' || substr(x.agency_code, 12, 2) || (x.g % 2)::text || lpad((x.g % 100)::text, 2, '0')
     || lpad(((x.g * 7919) % 1000000)::text, 6, '0') as applicant_id) a
-- received: at once at the desk, within hours online; the appointment at 17:00 after the processing days
cross join lateral (select r.received_at,
                           date_trunc('day', r.received_at) + ceil(x.processing_days * 1.4) * interval '1 day'
                             + interval '17 hours' as due_at
                    from (select case when x.status in (1, 3) then null
                                      when x.channel = 2 then least(a.submitted_at + (20 + x.g % 100) * interval '1 minute',
                                                                    now() - interval '2 hours')
                                      else a.submitted_at + interval '5 minutes' end as received_at) r) b
cross join lateral (select case when x.status in (1, 2, 4, 5, 6) then now() - interval '1 minute'
                                when x.status = 3 then least(a.submitted_at + (2 + x.g % 20) * interval '1 hour',
                                                             now() - interval '1 minute')
                                else least(b.received_at + x.processing_days * a.factor * interval '1.4 day',
                                           now() - interval '1 minute') end as t_end) c;

drop table bench_g;

analyze bench_row;

-- The secondary indexes of dossier and dossier_event, dropped now and built again at the end.
create temp table bench_index as
select i.indexrelid::regclass::text as name, t.relname::text as tbl, c.conname::text as constraint_name,
       case when c.conname is null then pg_get_indexdef(i.indexrelid)
            else format('alter table %I add constraint %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid)) end as ddl
from pg_index i
join pg_class t on t.oid = i.indrelid
left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('u', 'p')
where t.relname in ('dossier', 'dossier_event') and t.relnamespace = 'public'::regnamespace and not i.indisprimary
  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid);

do $$
declare x record;
begin
  for x in select * from bench_index loop
    if x.constraint_name is not null then
      execute format('alter table %I drop constraint %I', x.tbl, x.constraint_name);
    else
      execute format('drop index %s', x.name);
    end if;
  end loop;
end $$;

insert into dossier (id, code, procedure_code, procedure_name, snapshot_id, agency_code, applicant_account_id,
    applicant_kind, applicant_name, applicant_id_number, applicant_email, applicant_phone, applicant_address,
    submitted_by, channel, status, outcome, step_index, step_role, submitted_at, received_at, due_at, step_due_at,
    clock_budget_minutes, clock_used_minutes, clock_running_since, supplement_count, processed_at, returned_at,
    result_electronic, on_time, submission_key)
overriding system value
select r.id, r.agency_code || '-' || to_char(r.day, 'YYMMDD') || '-' || lpad(r.seq::text, 4, '0'),
       r.procedure_code, r.procedure_name, r.snapshot_id, r.agency_code, null,
       'CITIZEN', r.applicant_name, r.applicant_id,
       case when r.channel = 2 then 'congdan' || r.g || '@example.vn' else '' end,
       '09' || lpad(((r.g * 104729) % 100000000)::text, 8, '0'),
       'Số ' || (1 + r.g % 300) || ', thôn ' || (1 + r.g % 12) || ', ' || replace(r.agency_name, 'Ủy ban nhân dân ', ''),
       coalesce(case when r.channel = 2 then (select id from account where username = 'quantri') else o.account_id end,
                (select id from account where username = 'quantri')),
       r.channel, r.status,
       case when r.status in (9, 10) then case when r.refused then 'REFUSED' else 'APPROVED' end end,
       r.k, s.role,
       r.submitted_at, r.received_at,
       r.due_at,
       case when r.status in (2, 4, 5, 6) then coalesce(r.received_at, r.submitted_at) + interval '2 day' end,
       (r.processing_days * 480)::bigint,
       case when r.status in (9, 10) then (r.processing_days * 480 * r.factor)::bigint else 0 end,
       case when r.status in (2, 4) then r.received_at end,
       r.supplemented::int,
       case when r.status in (9, 10) then r.received_at + r.unit * r.k end,
       case when r.status = 10 then r.t_end end,
       r.status = 10 and r.channel = 2, case when r.status in (9, 10) then r.factor <= 1 end,
       md5(r.id::text || 'bench')::uuid
from bench_row r
join bench_step s on s.procedure_code = r.procedure_code and s.j = r.k
left join bench_actor o on o.agency_code = r.agency_code and o.role = 'ONE_STOP_OFFICER';

select setval(pg_get_serial_sequence('dossier', 'id'), (select max(id) from dossier));

-- History, one statement per position in the chain so that each dossier's events get growing ids.
insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
    step_name, timeliness, note, due_at)
select r.id, r.submitted_at, case when r.channel = 2 then null else o.account_id end,
       case when r.channel = 2 then r.applicant_name else o.name end,
       'SUBMIT', null, 1, null, 0, s.name, null, '', null
from bench_row r
join bench_step s on s.procedure_code = r.procedure_code and s.j = 0
join bench_actor o on o.agency_code = r.agency_code and o.role = 'ONE_STOP_OFFICER';

insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
    step_name, timeliness, note, due_at)
select r.id, coalesce(r.received_at, r.t_end), o.account_id, o.name,
       case when r.status = 3 then 'REFUSE_RECEIPT' else 'RECEIVE' end, 1, case when r.status = 3 then 3 else 2 end,
       0, 0, s.name, null,
       case when r.status = 3 then 'Hồ sơ chưa đủ thành phần theo quy định; đề nghị bổ sung và nộp lại' else '' end,
       r.due_at
from bench_row r
join bench_step s on s.procedure_code = r.procedure_code and s.j = 0
join bench_actor o on o.agency_code = r.agency_code and o.role = 'ONE_STOP_OFFICER'
where r.status <> 1;

-- Internal step j (0 first): a hand-over, or the leader's approval or refusal; the last one makes it processed.
create function pg_temp.bench_steps(level int) returns void language plpgsql as $$
begin
  insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
      step_name, timeliness, note, due_at)
  select r.id, r.received_at + r.unit * (level + 1), o.account_id, o.name,
         case when s.role <> 'LEADER' then 'HAND_OVER' when r.refused then 'REFUSE' else 'APPROVE' end,
         case when level = 0 then 2 else 4 end, case when level = r.steps - 2 then 9 else 4 end, level, level + 1,
         s.name,
         case when r.factor > 1 and level = r.k - 1 then 'LATE' when (r.g + level) % 3 = 0 then 'EARLY' else 'ON_TIME' end,
         case when s.role = 'LEADER' and r.refused then 'Không đủ điều kiện giải quyết theo quy định' else '' end,
         r.due_at
  from bench_row r
  join bench_step s on s.procedure_code = r.procedure_code and s.j = level
  join bench_actor o on o.agency_code = r.agency_code and o.role = s.role
  where r.k > level;
  end $$;

create function pg_temp.bench_supplement(requested boolean) returns void language plpgsql as $$
begin
  insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
      step_name, timeliness, note, due_at)
  select r.id, r.received_at + r.unit * case when requested then 1.3 else 1.6 end,
         case when requested then o.account_id when r.channel = 2 then null else m.account_id end,
         case when requested then o.name when r.channel = 2 then r.applicant_name else m.name end,
         case when requested then 'REQUEST_SUPPLEMENT' else 'SUPPLEMENT' end,
         case when requested then 4 else 5 end, case when requested then 5 else 4 end, 1, 1, s.name, null,
         case when requested then 'Đề nghị bổ sung bản sao giấy tờ còn thiếu' else '' end,
         r.due_at
  from bench_row r
  join bench_step s on s.procedure_code = r.procedure_code and s.j = 1
  join bench_actor o on o.agency_code = r.agency_code and o.role = 'SPECIALIST'
  join bench_actor m on m.agency_code = r.agency_code and m.role = 'ONE_STOP_OFFICER'
  where r.supplemented and (requested or r.status <> 5);
  end $$;

select pg_temp.bench_steps(0);

select pg_temp.bench_supplement(true);

select pg_temp.bench_supplement(false);

select pg_temp.bench_steps(j) from generate_series(1, (select max(steps) from bench_pair) - 2) j;

-- The final action: financial obligation, withdrawal, stop or the result returned.
insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step, to_step,
    step_name, timeliness, note, due_at)
select r.id, case when r.status = 6 then r.received_at + r.unit * (r.k + 0.5) else r.t_end end,
       case when r.status = 7 then null else o.account_id end, case when r.status = 7 then r.applicant_name else o.name end,
       case r.status when 6 then 'FINANCIAL_OBLIGATION' when 7 then 'WITHDRAW' when 8 then 'STOP' else 'RETURN_RESULT' end,
       case r.status when 6 then 4 when 7 then 2 when 8 then 4 else 9 end, r.status, r.k, r.k, s.name, null,
       case r.status when 6 then 'Đề nghị nộp lệ phí trước khi trả kết quả'
                     when 8 then 'Dừng xử lý theo đề nghị của cơ quan có thẩm quyền' else '' end,
       r.due_at
from bench_row r
join bench_step s on s.procedure_code = r.procedure_code and s.j = r.k
join bench_actor o on o.agency_code = r.agency_code
                  and o.role = case r.status when 6 then 'SPECIALIST' when 8 then 'LEADER' else 'ONE_STOP_OFFICER' end
where r.status in (6, 7, 8, 10);

insert into dossier_result_delivery (dossier_id, method, receiver_name, receiver_id_number, postal_tracking,
    delivered_at, recorded_by)
select r.id, case when r.channel = 2 then 'ONLINE' when r.channel = 3 then 'POST' else 'DESK' end,
       case when r.channel = 1 then r.applicant_name else '' end, case when r.channel = 1 then r.applicant_id else '' end,
       case when r.channel = 3 then 'EB' || lpad(((r.g * 7919) % 1000000000)::text, 9, '0') || 'VN' else '' end,
       r.t_end, coalesce(o.account_id, (select id from account where username = 'quantri'))
from bench_row r
join bench_actor o on o.agency_code = r.agency_code and o.role = 'ONE_STOP_OFFICER'
where r.status = 10;

insert into dossier_sequence (agency_code, day, last)
select agency_code, day, max(seq) from bench_row group by agency_code, day
on conflict (agency_code, day) do update set last = greatest(dossier_sequence.last, excluded.last);

do $$
declare x record;
begin
  for x in select * from bench_index loop
    execute x.ddl;
  end loop;
end $$;

analyze dossier;

analyze dossier_event;

analyze dossier_result_delivery;

analyze dossier_sequence
