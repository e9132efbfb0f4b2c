-- Synthetic official documents for benchmarks: :count documents over the last 3 years, spread over
-- every active agency, 60 % incoming and 40 % issued outgoing ones, numbered per register and year as
-- the rules require, subjects and body text made from a vocabulary of real administrative topics (with
-- their folded forms, so that search behaves as on real data). The search index is dropped while
-- loading and built once at the end. Run by bench/SqlGenerator.java.
create temp table bench_topic (idx int, subject text, folded text);

insert into bench_topic values
 (0, 'triển khai chuyển đổi số cấp xã', 'trien khai chuyen doi so cap xa'),
 (1, 'phòng, chống thiên tai và tìm kiếm cứu nạn', 'phong, chong thien tai va tim kiem cuu nan'),
 (2, 'xây dựng nông thôn mới nâng cao', 'xay dung nong thon moi nang cao'),
 (3, 'cải cách thủ tục hành chính', 'cai cach thu tuc hanh chinh'),
 (4, 'bảo đảm trật tự an toàn giao thông', 'bao dam trat tu an toan giao thong'),
 (5, 'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phong chay, chua chay va cuu nan, cuu ho'),
 (6, 'tiêm chủng mở rộng cho trẻ em', 'tiem chung mo rong cho tre em'),
 (7, 'quản lý, sử dụng đất đai', 'quan ly, su dung dat dai'),
 (8, 'thu ngân sách nhà nước', 'thu ngan sach nha nuoc'),
 (9, 'giải ngân vốn đầu tư công', 'giai ngan von dau tu cong'),
 (10, 'bảo vệ môi trường làng nghề', 'bao ve moi truong lang nghe'),
 (11, 'tuyển sinh vào lớp 10', 'tuyen sinh vao lop 10'),
 (12, 'phát triển du lịch văn hóa', 'phat trien du lich van hoa'),
 (13, 'sắp xếp đơn vị hành chính cấp xã', 'sap xep don vi hanh chinh cap xa'),
 (14, 'an toàn thực phẩm dịp Tết Nguyên đán', 'an toan thuc pham dip tet nguyen dan'),
 (15, 'đề án Kho dữ liệu số của tổ chức, cá nhân', 'de an kho du lieu so cua to chuc, ca nhan');

create temp table bench_kind (idx int, code text, notation text, label text, folded text);
insert into bench_kind values
 (0, 'CV', '', 'V/v', 'v/v'), (1, 'QD', 'QĐ', 'Quyết định về', 'quyet dinh ve'), (2, 'KH', 'KH', 'Kế hoạch', 'ke hoach'),
 (3, 'BC', 'BC', 'Báo cáo kết quả', 'bao cao ket qua'), (4, 'TB', 'TB', 'Thông báo về', 'thong bao ve'),
 (5, 'GM', 'GM', 'Giấy mời họp về', 'giay moi hop ve'), (6, 'CT', 'CT', 'Chỉ thị về', 'chi thi ve');

create temp table bench_agency as
select row_number() over (order by code) - 1 as idx, code, name, abbreviation from agency where active;

insert into document_register (agency_code, direction, secret, name)
select code, d, false, case d when 'IN' then 'Sổ văn bản đến' else 'Sổ văn bản đi' end
from bench_agency, (values ('IN'), ('OUT')) v(d)
on conflict (agency_code, direction, secret) do nothing;

create temp table bench_doc as
select g as n, a.code as agency_code, a.name as agency_name, a.abbreviation,
       case when g % 5 < 3 then 'IN' else 'OUT' end as direction,
       g % 7 as kind, ((g::bigint * 7919) % 16)::int as topic,
       now() - make_interval(secs => (g::bigint * 94608000 / :count)) as at
from generate_series(1, :count) g
join bench_agency a on a.idx = g % (select count(*) from bench_agency);

alter table bench_doc add column year int;
update bench_doc set year = extract(year from at at time zone 'Asia/Ho_Chi_Minh');

drop index if exists document_search_idx;

insert into document (agency_code, direction, register_id, year, number, notation, type_code, subject, issuer_name,
  issuer_code, issued_on, arrived_at, status, source, text_folded, body_folded, created_by, created_at)
select x.agency_code, x.direction, x.register_id, x.year, x.number,
       case when x.direction = 'IN' then lpad(x.number::text, 2, '0') || '/UBND-VP'
            when k.notation = '' then lpad(x.number::text, 2, '0') || '/' || x.abbreviation || '-VP'
            else lpad(x.number::text, 2, '0') || '/' || k.notation || '-' || x.abbreviation end,
       k.code, k.label || ' ' || t.subject || ' năm ' || x.year,
       case when x.direction = 'OUT' then x.agency_name else 'Ủy ban nhân dân tỉnh Bắc Ninh' end,
       case when x.direction = 'OUT' then x.agency_code else '000.00.00.H27' end,
       (x.at at time zone 'Asia/Ho_Chi_Minh')::date, case when x.direction = 'IN' then x.at end,
       case when x.direction = 'OUT' then 'ISSUED' when x.at < now() - interval '30 days' then 'DONE' else 'ASSIGNED' end,
       case when x.direction = 'OUT' then 'DRAFT' else 'UPLOAD' end,
       k.folded || ' ' || t.folded || ' nam ' || x.year,
       'can cu ke hoach cua uy ban nhan dan tinh ve ' || t.folded || ' va ' || t2.folded
         || ', de nghi cac don vi trien khai thuc hien',
       (select max(id) from account), x.at
from (select b.*, r.id as register_id,
             -- after the numbers the register already gave that year (the demo's documents, an earlier run)
             coalesce(dn.last, 0) + row_number() over (partition by r.id, b.year, case when b.direction = 'OUT' then b.kind else -1 end
                                                       order by b.n) as number
      from bench_doc b
      join document_register r on r.agency_code = b.agency_code and r.direction = b.direction and not r.secret
      join bench_kind bk on bk.idx = b.kind
      left join document_number dn on dn.register_id = r.id and dn.year = b.year
                                  and dn.series = case when b.direction = 'OUT' then bk.code else '' end) x
join bench_kind k on k.idx = x.kind
join bench_topic t on t.idx = x.topic
join bench_topic t2 on t2.idx = (x.topic + 5) % 16
-- Ids in time order, as a real register grows: the newest documents have the highest ids.
order by x.at;

insert into document_number (register_id, year, series, last)
select register_id, year, case when direction = 'OUT' then type_code else '' end, max(number)
from document where register_id is not null group by 1, 2, 3
on conflict (register_id, year, series) do update set last = greatest(document_number.last, excluded.last);

create index document_search_idx on document using gin (search_folded gin_trgm_ops);

analyze document
