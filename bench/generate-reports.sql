-- Synthetic field reports for benchmarks: :count reports over the last 3 years (ids and codes in time
-- order), at points inside the demo communes' boundaries (wards three times as often as rural communes),
-- in every active category, sent on the web by :count / 20 synthetic citizens, by hotline, Open311,
-- guests and the chat platform. Older than 30 days: 86 % resolved (a third of them rated, 1 % reopened
-- and resolved again, one in seven late and escalated), 10 % refused (spam, out of scope, duplicates
-- merged into an earlier report of the place), the rest still open and escalated; 3 % hidden, mostly
-- spam. The last 30 days hold every open status. The history holds what the workflow writes (SUBMIT,
-- VERIFY, ASSIGN, ASSIGN_HANDLER, REQUEST_INFO, RETURN, RESOLVE, REOPEN, RATE, REJECT, HIDE, ESCALATE)
-- in time order. No photos, no followers. Deadlines approximate the working-day rules (weekends
-- skipped, holidays not). Foreign keys are not checked while loading (session_replication_role): the
-- rows are built from the tables they refer to. Indexes are rebuilt after the load. 1 M reports take
-- about two minutes. Run by bench/SqlGenerator.java; the closing VACUUM runs after the commit.
set temp_buffers = '1GB';

set local session_replication_role = replica;

set local work_mem = '256MB';

do $$ begin perform setseed(0.2026); end $$;

create temp table bench_operator as
select row_number() over (order by a.id) - 1 as idx, a.id, a.display_name
from account a join official_role o on o.account_id = a.id and o.role = 'IOC_OPERATOR' where a.active;

-- Communes and wards with a boundary, their leader and a handler when the demo has them.
create temp table bench_commune as
select b.agency_code, a.short_name, a.kind,
       (select o.account_id from official_role o where o.agency_id = a.id and o.role = 'LEADER' order by o.account_id limit 1) as leader_id,
       (select o.account_id from official_role o where o.agency_id = a.id and o.role = 'SPECIALIST' order by o.account_id limit 1) as handler_id,
       b.geometry::jsonb -> 'coordinates' -> 0 as ring
from feedback_boundary b join agency a on a.code = b.agency_code and a.active;

alter table bench_commune add column leader_name text, add column handler_name text, add column n int,
  add column cx double precision, add column cy double precision;

update bench_commune c set
  leader_name = coalesce((select display_name from account where id = c.leader_id), 'Lãnh đạo ' || c.short_name),
  handler_name = coalesce((select display_name from account where id = c.handler_id), 'Công chức ' || c.short_name),
  n = jsonb_array_length(ring) - 1,
  cx = (select avg((v ->> 0)::float8) from jsonb_array_elements(ring) with ordinality e(v, i) where i <= jsonb_array_length(ring) - 1),
  cy = (select avg((v ->> 1)::float8) from jsonb_array_elements(ring) with ordinality e(v, i) where i <= jsonb_array_length(ring) - 1);

-- The demo boundaries are convex: a point in a triangle (centre, vertex i, vertex i+1) lies inside.
create temp table bench_triangle as
select c.agency_code, i - 1 as tri, c.cx, c.cy,
       (c.ring -> (i - 1) ->> 0)::float8 as ax, (c.ring -> (i - 1) ->> 1)::float8 as ay,
       (c.ring -> i ->> 0)::float8 as bx, (c.ring -> i ->> 1)::float8 as by
from bench_commune c, generate_series(1, c.n) i;

-- Weighted slots: a ward three times, a rural commune once.
create temp table bench_slot as
select row_number() over (order by c.agency_code, k) - 1 as idx, c.agency_code, c.n
from bench_commune c, generate_series(1, case when c.kind = 'WARD' then 3 else 1 end) k;

create temp table bench_category (idx int, code text, descriptions text[], answers text[]);

insert into bench_category values
 (0, 'ROAD', array['Ổ gà sâu giữa làn xe máy, trời tối rất dễ ngã', 'Mặt đường sụt lún thành hố lớn sau mưa, nước đọng không thoát',
   'Vỉa hè bong tróc, gạch vỡ nhô lên gây vấp ngã cho người đi bộ', 'Mặt cầu nứt một vệt dài, xe tải qua lại rung mạnh'],
  array['Đã vá ổ gà bằng bê tông nhựa và đặt biển cảnh báo trong thời gian chờ mặt đường ổn định.',
   'Đơn vị quản lý đường đã san lấp, lu lèn và thảm lại đoạn mặt đường hư hỏng.']),
 (1, 'FLOODING', array['Mưa lớn là ngập ngang bánh xe, cống thoát nước bị rác bịt kín', 'Nắp cống bị vỡ, hố ga hở miệng rất nguy hiểm',
   'Rãnh thoát nước tắc lâu ngày bốc mùi, nước tràn lên mặt đường'],
  array['Đã nạo vét cống, thay nắp hố ga mới và bố trí người kiểm tra sau mỗi trận mưa lớn.',
   'Công ty thoát nước đã thông tắc tuyến rãnh và thu dọn bùn rác.']),
 (2, 'WASTE', array['Có người đổ trộm phế thải xây dựng ven đường, đã thành đống lớn', 'Rác sinh hoạt không được thu gom ba ngày nay, bốc mùi hôi',
   'Bãi rác tự phát cạnh kênh thủy lợi ngày càng lan rộng'],
  array['Đã thu dọn phế thải, lắp biển cấm đổ rác và giao tổ dân phố giám sát.',
   'Đơn vị vệ sinh môi trường đã thu gom và bổ sung lịch thu gom hằng ngày.']),
 (3, 'LIGHTING', array['Dãy đèn đường tắt từ tuần trước, buổi tối đi lại rất tối', 'Đèn đường sáng cả ban ngày gây lãng phí điện',
   'Cột đèn nghiêng, dây điện hở sát mặt đất'],
  array['Đã thay bóng, sửa tủ điện điều khiển; hệ thống chiếu sáng hoạt động bình thường.',
   'Đã dựng lại cột đèn và bọc cách điện đoạn dây hở.']),
 (4, 'ORDER', array['Quán nước lấn chiếm hết vỉa hè, người đi bộ phải xuống lòng đường', 'Biển quảng cáo dựng sai phép che khuất biển báo giao thông',
   'Xe ô tô đỗ tràn lòng đường trước cổng trường giờ tan học'],
  array['Tổ trật tự đô thị đã nhắc nhở, lập biên bản và yêu cầu hộ kinh doanh trả lại vỉa hè.',
   'Đã tháo dỡ biển quảng cáo sai phép và xử phạt theo quy định.']),
 (5, 'HAZARD', array['Cây xanh bị gãy cành lớn treo lơ lửng trên đường', 'Hố sâu công trình không có rào chắn, không có đèn cảnh báo',
   'Dây điện võng thấp sát đầu người đi xe máy'],
  array['Đã cắt tỉa cành gãy và kiểm tra toàn bộ cây xanh trên tuyến.',
   'Đã yêu cầu nhà thầu rào chắn, lắp đèn cảnh báo và hoàn trả mặt bằng.']);

delete from bench_category where code not in (select code from feedback_category where active);

create temp table bench_name (idx int, family text, middle text, given text);
insert into bench_name
select i, (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'])[1 + i % 12],
       (array['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Quang', 'Ngọc', 'Hữu'])[1 + (i / 12) % 8],
       (array['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân',
              'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'])[1 + (i / 96) % 20]
from generate_series(0, 1919) i;

-- Citizens with an account (they never sign in here: no password).
insert into account (username, kind, display_name, email, phone, password_hash, created_at)
select '0279' || lpad((70000000 + i)::text, 8, '0'), 'CITIZEN', n.family || ' ' || n.middle || ' ' || n.given,
       'congdan' || i || '@example.vn', '09' || lpad((30000000 + i)::text, 8, '0'), null, now() - interval '1100 days'
from generate_series(0, greatest(1, :count / 20) - 1) i join bench_name n on n.idx = i % 1920
on conflict do nothing;

insert into citizen (account_id, personal_id, full_name)
select a.id, a.username, a.display_name from account a
where a.kind = 'CITIZEN' and a.username like '027970______' and a.email like 'congdan%@example.vn'
on conflict do nothing;

create temp table bench_citizen as
select row_number() over (order by a.id) - 1 as idx, a.id, a.display_name, a.email, a.phone
from account a where a.kind = 'CITIZEN' and a.username like '027970______' and a.email like 'congdan%@example.vn';

insert into feedback_api_key (name, key_hash, created_at)
select 'Cổng thông tin tỉnh (bench)', encode(sha256(convert_to('tinhso-bench-open311', 'UTF8')), 'hex'), now() - interval '1100 days'
where not exists (select 1 from feedback_api_key where key_hash = encode(sha256(convert_to('tinhso-bench-open311', 'UTF8')), 'hex'));

create temp table bench_base as
select nextval('feedback_report_number') as first,
       (select count(*) from bench_slot) as slots, (select count(*) from bench_category) as categories,
       (select count(*) from bench_citizen) as citizens, (select count(*) from bench_operator) as operators,
       (select id from feedback_api_key where key_hash = encode(sha256(convert_to('tinhso-bench-open311', 'UTF8')), 'hex')) as api_key_id;

do $$ begin perform setval('feedback_report_number', (select first from bench_base) + :count - 1); end $$;

-- 17:00 on the day, or on the Monday after when it falls on a weekend (holidays are not skipped).
create function pg_temp.bench_due(d date) returns timestamptz language sql stable as $$
  select ((d + case extract(isodow from d) when 6 then 2 when 7 then 1 else 0 end) + time '17:00') at time zone 'Asia/Ho_Chi_Minh'
$$;

-- Temporary tables have no statistics until analysed; without them the joins below sort wide rows.
analyze bench_operator;

analyze bench_commune;

analyze bench_triangle;

analyze bench_slot;

analyze bench_category;

analyze bench_name;

analyze bench_citizen;

-- One row per report, g = 0 the newest: place, category, status, channel and the shape of its handling.
create temp table bench_a as
select g, now() - make_interval(secs => g * 94608000.0 / :count + random() * 60) as submitted_at,
       (g * 7919) % b.slots as slot, ((g * 31 + g / 7) % b.categories)::int as category_idx,
       random() as r_status, random() as r_channel, random() as r_misc, random() as r_time, random() as r_place1,
       random() as r_place2, random() as r_rate, random() as r_anon, random() as r_t2, random() as r_t3,
       b.first + (:count - 1 - g) as number, b.citizens, b.operators, b.api_key_id
from generate_series(0::bigint, :count - 1) g, bench_base b;

analyze bench_a;

create temp table bench_row as
select a.g, a.submitted_at, a.number, a.api_key_id, s.agency_code as commune, x.age_days, k.channel, k.status, f.*, t.*, d.*,
       case when f.accepted then pg_temp.bench_due((d.resolve_due at time zone 'Asia/Ho_Chi_Minh')::date + 2) end as publish_due,
       cat.code as category_code,
       cat.descriptions[1 + (a.g % array_length(cat.descriptions, 1))::int] || ', gần số ' || (1 + a.g % 300)
         || ' ' || (array['đường Nguyễn Trãi', 'đường Lý Thái Tổ', 'đường Trần Hưng Đạo', 'đường Ngô Gia Tự', 'ngõ chợ',
                         'đường liên thôn', 'đường đê', 'khu dân cư mới'])[1 + (a.g % 8)::int] || '.' as description,
       cat.answers[1 + (a.g % array_length(cat.answers, 1))::int] as answer_text,
       tr.cx + (tr.ax - tr.cx) * p.u * 0.95 + (tr.bx - tr.cx) * p.v * 0.95 as lon,
       tr.cy + (tr.ay - tr.cy) * p.u * 0.95 + (tr.by - tr.cy) * p.v * 0.95 as lat,
       'PA-' || to_char(a.submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-'
         || case when a.number < 1000000 then lpad(a.number::text, 6, '0') else a.number::text end as code,
       cm.leader_id, cm.leader_name, cm.handler_id, cm.handler_name,
       cz.id as citizen_id, cz.display_name as citizen_name, cz.email as citizen_email, cz.phone as citizen_phone,
       op.id as operator_id, op.display_name as operator_name,
       n.family || ' ' || n.middle || ' ' || n.given as caller_name
from bench_a a
join bench_slot s on s.idx = a.slot
cross join lateral (select extract(epoch from now() - a.submitted_at) / 86400.0 as age_days) x
cross join lateral (select
       case when a.r_channel < 0.55 then 'WEB' when a.r_channel < 0.70 then 'HOTLINE' when a.r_channel < 0.85 then 'GUEST'
            when a.r_channel < 0.95 then 'ZALO' else 'OPEN311' end as channel,
       case when x.age_days < 1 / 24.0 then 'SUBMITTED'
            when x.age_days > 30 then
              case when a.r_status < 0.86 then 'RESOLVED' when a.r_status < 0.96 then 'REJECTED'
                   when a.r_status < 0.985 then 'IN_PROGRESS' else 'ASSIGNED' end
            when x.age_days < 2 then
              case when a.r_status < 0.30 then 'SUBMITTED' when a.r_status < 0.40 then 'VERIFIED'
                   when a.r_status < 0.70 then 'ASSIGNED' when a.r_status < 0.90 then 'IN_PROGRESS' else 'REJECTED' end
            else case when a.r_status < 0.02 then 'SUBMITTED' when a.r_status < 0.17 then 'ASSIGNED'
                      when a.r_status < 0.42 then 'IN_PROGRESS' when a.r_status < 0.45 then 'RETURNED'
                      when a.r_status < 0.47 then 'INFO_REQUESTED' when a.r_status < 0.92 then 'RESOLVED' else 'REJECTED' end
       end as status) k
cross join lateral (select
       k.status not in ('SUBMITTED', 'REJECTED') as accepted,
       k.status not in ('SUBMITTED', 'REJECTED') and (k.status = 'VERIFIED' or a.r_misc < 0.3) as verify_step,
       k.status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'INFO_REQUESTED', 'RESOLVED') as assigned,
       k.status in ('IN_PROGRESS', 'INFO_REQUESTED', 'RESOLVED', 'RETURNED') as handler_step,
       k.status = 'RESOLVED' as resolved,
       case when k.status = 'REJECTED' then
              case when a.r_misc < 0.4 then 'SPAM' when a.r_misc < 0.8 then 'OUT_OF_SCOPE' else 'DUPLICATE' end end as reject_reason,
       -- Only a reporter with an account may reopen or rate.
       k.status = 'RESOLVED' and k.channel = 'WEB' and a.r_misc > 0.98 as reopened,
       k.status = 'RESOLVED' and k.channel = 'WEB' and a.r_rate < 0.6 as rated,
       (k.status = 'REJECTED' and a.r_misc < 0.25) or a.r_rate > 0.997 as hidden,
       (k.channel in ('OPEN311', 'ZALO')) or (k.channel in ('WEB', 'GUEST') and a.r_anon < 0.1) as anonymous,
       -- Durations as fractions of the time since submission, so that every step lies in the past.
       a.submitted_at + least(interval '1 second' * (x.age_days * 86400 * 0.08), interval '1 hour' * (1 + a.r_time * 40)) as t_accept) f
cross join lateral (select
       f.t_accept + least(interval '1 second' * (x.age_days * 86400 * 0.04), interval '1 hour' * (1 + a.r_t2 * 20)) as t_handler,
       f.t_accept + least(interval '1 second' * (x.age_days * 86400 * 0.80), interval '1 day' * (1 + a.r_t3 * 24)) as t_resolve) t
cross join lateral (select
       pg_temp.bench_due((a.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date + 2) as refuse_due,
       case when f.accepted then pg_temp.bench_due((f.t_accept at time zone 'Asia/Ho_Chi_Minh')::date + 21) end as resolve_due) d
join bench_category cat on cat.idx = a.category_idx
join bench_commune cm on cm.agency_code = s.agency_code
join bench_triangle tr on tr.agency_code = s.agency_code and tr.tri = (a.g / 3) % s.n
join bench_citizen cz on cz.idx = (a.g * 104729) % a.citizens
join bench_operator op on op.idx = a.g % a.operators
join bench_name n on n.idx = (a.g * 13) % 1920
cross join lateral (select case when a.r_place1 + a.r_place2 > 1 then 1 - a.r_place1 else a.r_place1 end as u,
                           case when a.r_place1 + a.r_place2 > 1 then 1 - a.r_place2 else a.r_place2 end as v) p;

-- The report and history indexes (all but the primary keys) are built once after loading: much faster
-- than a million inserts into each, above all into the random token and idempotency-key ones.
create temp table bench_index as
select i.tablename as tab, i.indexname as name, i.indexdef as def, c.conname,
       case when c.oid is not null then pg_get_constraintdef(c.oid) end as condef
from pg_indexes i
left join pg_constraint c on c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
where i.schemaname = current_schema() and i.tablename in ('feedback_report', 'feedback_event')
  and (c.contype is null or c.contype = 'u');

-- (No semicolon may end a line inside a statement: SqlGenerator splits the script there.)
do $$ declare i record; begin
  for i in select * from bench_index loop
    if i.conname is null then execute format('drop index %I', i.name); else
      execute format('alter table %I drop constraint %I', i.tab, i.conname); end if; end loop; end $$;

insert into feedback_report (code, token, category_code, description, lat, lon, address, commune_code, agency_code,
    handler_id, handler_name, status, channel, anonymous, reporter_account_id, reporter_name, reporter_email, reporter_phone,
    reporter_chat_id, entered_by, api_key_id, idempotency_scope, idempotency_key, reject_reason, answer, hidden, rating, rating_comment,
    reopen_count, submitted_at, verified_at, assigned_at, resolved_at, rated_at, updated_at, refuse_due_at, resolve_due_at,
    publish_due_at, info_requested_at, info_return_status, version)
select code, gen_random_uuid(), category_code, description, lat, lon, '', commune, case when assigned then commune end,
       case when handler_step and status <> 'RETURNED' then handler_id end,
       case when handler_step and status <> 'RETURNED' then handler_name end,
       status, channel, anonymous,
       case when channel = 'WEB' then citizen_id end,
       case channel when 'WEB' then citizen_name when 'ZALO' then 'Zalo ' || (g * 7 % 100000) else caller_name end,
       case channel when 'WEB' then citizen_email when 'GUEST' then case when g % 2 = 0 then citizen_email else '' end else '' end,
       case channel when 'WEB' then citizen_phone when 'HOTLINE' then citizen_phone
                    when 'GUEST' then case when g % 2 = 1 then citizen_phone else '' end else '' end,
       case when channel = 'ZALO' then (g * 7 % 100000)::text else '' end,
       case when channel = 'HOTLINE' then operator_id end,
       case when channel = 'OPEN311' then api_key_id end,
       case channel when 'WEB' then 'account:' || citizen_id when 'HOTLINE' then 'account:' || operator_id
                    when 'OPEN311' then 'api-key:' || api_key_id when 'GUEST' then 'guest' else 'zalo' end,
       md5(g::text || ':bench-report')::uuid,
       reject_reason, case when resolved then answer_text end, hidden,
       case when rated then 3 + (g % 3)::int end, case when rated and g % 4 = 0 then 'Xử lý nhanh, cảm ơn.' end,
       case when reopened then 1 else 0 end,
       submitted_at, case when verify_step then t_accept when accepted then t_accept + interval '1 minute' end,
       case when assigned then t_accept + interval '1 minute' end,
       case when resolved then t_resolve end, case when rated then t_resolve + (now() - t_resolve) * 0.1 end,
       case when rated then t_resolve + (now() - t_resolve) * 0.1
            when resolved then t_resolve
            when status = 'REJECTED' then t_accept
            when status in ('RETURNED', 'INFO_REQUESTED') then t_handler + interval '1 minute'
            when status = 'IN_PROGRESS' then t_handler
            when assigned then t_accept + interval '1 minute'
            when accepted then t_accept else submitted_at end
         + case when hidden then interval '2 minutes' else interval '0' end,
       refuse_due, resolve_due, publish_due,
       case when status = 'INFO_REQUESTED' then t_handler + interval '1 minute' end,
       case when status = 'INFO_REQUESTED' then 'IN_PROGRESS' end,
       verify_step::int + assigned::int + handler_step::int + resolved::int * (1 + 2 * reopened::int) + rated::int
         + (status = 'REJECTED')::int + (status in ('RETURNED', 'INFO_REQUESTED'))::int + hidden::int
from bench_row
order by g desc;

-- Each report's id, for its history.
create temp table bench_id as
select r.id, b.* from feedback_report r join bench_row b on b.code = r.code;

-- Duplicates are merged into the previous report of the same place and category.
update feedback_report r set merged_into = d.target
from (select id, lag(id) over (partition by commune, category_code order by g desc) as target, reject_reason
      from bench_id) d
where d.id = r.id and d.reject_reason = 'DUPLICATE' and d.target is not null;

update feedback_report set reject_reason = 'OUT_OF_SCOPE'
where merged_into is null and id in (select id from bench_id where reject_reason = 'DUPLICATE');

-- The escalation job's rows: once per deadline passed while open (unverified, or not resolved in time).
create temp table bench_escalation as
select id, 'REFUSE' as kind, refuse_due as due, 'SUBMITTED' as status, null as agency
from bench_id where status = 'SUBMITTED' and refuse_due + interval '5 minutes' < now()
union all
select id, 'RESOLVE', resolve_due, case when status = 'RESOLVED' then 'IN_PROGRESS' else status end, commune
from bench_id where status in ('VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'RESOLVED')
  and resolve_due + interval '5 minutes' < case when resolved then t_resolve else now() end;

insert into feedback_escalation (report_id, due_kind, due_at, escalated_at)
select id, kind, due, due + interval '5 minutes' from bench_escalation;

insert into feedback_event (report_id, at, actor_id, actor_name, action, from_status, to_status, agency_code, note, public,
    public_note)
select id, at, actor_id, actor_name, action, from_status, to_status, agency_code, note, public, public_note
from (
  select id, submitted_at as at, 0 as step,
         case channel when 'WEB' then citizen_id when 'HOTLINE' then operator_id end as actor_id,
         case channel when 'WEB' then citizen_name when 'HOTLINE' then operator_name when 'GUEST' then caller_name
                      when 'ZALO' then 'Zalo OA' else 'Open311: ' || caller_name end as actor_name,
         'SUBMIT' as action, null as from_status, 'SUBMITTED' as to_status, null as agency_code, '' as note, true as public,
         false as public_note
  from bench_id
  union all
  select id, t_accept, 1, operator_id, operator_name, 'VERIFY', 'SUBMITTED', 'VERIFIED', null, '', true, false
  from bench_id where verify_step
  union all
  select id, t_accept + interval '1 minute', 2, operator_id, operator_name, 'ASSIGN',
         case when verify_step then 'VERIFIED' else 'SUBMITTED' end, 'ASSIGNED', commune, '', true, false
  from bench_id where assigned
  union all
  select id, t_accept, 2, operator_id, operator_name, 'REJECT', 'SUBMITTED', 'REJECTED', null,
         case reject_reason when 'SPAM' then 'Nội dung không phải phản ánh hiện trường.'
              when 'OUT_OF_SCOPE' then 'Nội dung không thuộc phạm vi tiếp nhận của hệ thống.'
              else 'Đã có phản ánh cùng vị trí, xin mời theo dõi phản ánh đó.' end, true, true
  from bench_id where status = 'REJECTED'
  union all
  select id, t_handler, 3, leader_id, leader_name, 'ASSIGN_HANDLER', 'ASSIGNED', 'IN_PROGRESS', commune, '', true, false
  from bench_id where handler_step
  union all
  select id, t_handler + interval '1 minute', 4, handler_id, handler_name, 'REQUEST_INFO', 'IN_PROGRESS', 'INFO_REQUESTED',
         commune, 'Đề nghị cho biết vị trí cụ thể (số nhà, cột điện gần nhất).', true, true
  from bench_id where status = 'INFO_REQUESTED'
  union all
  select id, t_handler + interval '1 minute', 4, leader_id, leader_name, 'RETURN', 'IN_PROGRESS', 'RETURNED', commune,
         'Vị trí thuộc tuyến đường tỉnh, đề nghị IOC chuyển Sở Xây dựng.', true, false
  from bench_id where status = 'RETURNED'
  union all
  select id, t_handler + (t_resolve - t_handler) * 0.5, 5, handler_id, handler_name, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED',
         commune, 'Đã cử người kiểm tra và khắc phục tạm thời.', true, true
  from bench_id where reopened
  union all
  select id, t_handler + (t_resolve - t_handler) * 0.6, 6, citizen_id, citizen_name, 'REOPEN', 'RESOLVED', 'IN_PROGRESS',
         commune, 'Sau mấy hôm lại hỏng như cũ.', true, false
  from bench_id where reopened
  union all
  select id, t_resolve, 7, handler_id, handler_name, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED', commune, answer_text, true, true
  from bench_id where resolved
  union all
  select id, t_resolve + (now() - t_resolve) * 0.1, 8, citizen_id, citizen_name, 'RATE', 'RESOLVED', 'RESOLVED', commune,
         case when g % 4 = 0 then 'Xử lý nhanh, cảm ơn.' else '' end, true, false
  from bench_id where rated
  union all
  select id, due + interval '5 minutes', 9, null, 'Hệ thống', 'ESCALATE', status, status, agency,
         case when kind = 'REFUSE' then 'Quá hạn xác minh (hạn ' else 'Quá hạn giải quyết (hạn ' end
           || to_char(due at time zone 'Asia/Ho_Chi_Minh', 'HH24:MI DD/MM/YYYY') || '): đã báo lãnh đạo cơ quan và IOC.',
         false, false
  from bench_escalation
  union all
  select id, (case when rated then t_resolve + (now() - t_resolve) * 0.1 when resolved then t_resolve
                   when status = 'REJECTED' then t_accept else t_handler + interval '1 minute' end) + interval '2 minutes',
         10, operator_id, operator_name, 'HIDE', status, status, case when assigned then commune end,
         'Nội dung không phù hợp để công khai.', false, false
  from bench_id where hidden
) e
order by at, step;

set local maintenance_work_mem = '512MB';

do $$ declare i record; begin
  for i in select * from bench_index loop
    if i.conname is null then execute i.def; else
      execute format('alter table %I add constraint %I %s', i.tab, i.conname, i.condef); end if; end loop; end $$;

reset session_replication_role;

analyze account;

analyze feedback_report;

analyze feedback_event;

analyze feedback_escalation;

vacuum (analyze) feedback_report
