-- The agencies of a whole country for national-scale benchmarks: next to the demo province (Bắc Ninh,
-- H27), the other :count - 1 of the 34 provinces and centrally-run cities formed on 1 July 2025, each
-- with its People's Committee (000.00.00.Hnn, nn its administrative unit code), the committee's office
-- and the departments and provincial units the demo province has (000.00.yy.Hnn, the same yy as in
-- H27, so a department implements the procedures its H27 counterpart does), and roughly its real
-- number of communes and wards (000.yy.zz.Hnn: zz a former-district group from 40, yy the commune in
-- it, under the province as in the demo; the district level no longer exists). Every new agency gets a
-- one-stop officer, a specialist, a leader and a clerk (demo password). Set-based, idempotent.
-- Run by bench/SqlGenerator.java (bench/generate-national.sh).
create temp table bench_province (ord int, nn char(2), name text, city boolean, slug text, communes int);

insert into bench_province values
 (1, '01', 'Hà Nội', true, 'hanoi', 126), (2, '79', 'Hồ Chí Minh', true, 'hochiminh', 168),
 (3, '31', 'Hải Phòng', true, 'haiphong', 114), (4, '48', 'Đà Nẵng', true, 'danang', 94),
 (5, '92', 'Cần Thơ', true, 'cantho', 103), (6, '46', 'Huế', true, 'hue', 40),
 (7, '38', 'Thanh Hóa', false, 'thanhhoa', 166), (8, '40', 'Nghệ An', false, 'nghean', 130),
 (9, '25', 'Phú Thọ', false, 'phutho', 148), (10, '37', 'Ninh Bình', false, 'ninhbinh', 129),
 (11, '33', 'Hưng Yên', false, 'hungyen', 104), (12, '22', 'Quảng Ninh', false, 'quangninh', 54),
 (13, '75', 'Đồng Nai', false, 'dongnai', 95), (14, '80', 'Tây Ninh', false, 'tayninh', 96),
 (15, '68', 'Lâm Đồng', false, 'lamdong', 124), (16, '52', 'Gia Lai', false, 'gialai', 135),
 (17, '66', 'Đắk Lắk', false, 'daklak', 102), (18, '56', 'Khánh Hòa', false, 'khanhhoa', 65),
 (19, '51', 'Quảng Ngãi', false, 'quangngai', 96), (20, '44', 'Quảng Trị', false, 'quangtri', 78),
 (21, '42', 'Hà Tĩnh', false, 'hatinh', 69), (22, '19', 'Thái Nguyên', false, 'thainguyen', 92),
 (23, '15', 'Lào Cai', false, 'laocai', 99), (24, '08', 'Tuyên Quang', false, 'tuyenquang', 124),
 (25, '20', 'Lạng Sơn', false, 'langson', 65), (26, '04', 'Cao Bằng', false, 'caobang', 56),
 (27, '14', 'Sơn La', false, 'sonla', 75), (28, '11', 'Điện Biên', false, 'dienbien', 45),
 (29, '12', 'Lai Châu', false, 'laichau', 38), (30, '82', 'Đồng Tháp', false, 'dongthap', 102),
 (31, '86', 'Vĩnh Long', false, 'vinhlong', 124), (32, '91', 'An Giang', false, 'angiang', 102),
 (33, '96', 'Cà Mau', false, 'camau', 64);

delete from bench_province where ord > :count - 1;

alter table bench_province add column title text;

update bench_province set title = case when city then 'thành phố ' else 'tỉnh ' end || name;

-- Syllables that commune names are made of (Vietnamese place names are mostly two of them).
create temp table bench_syllable (idx int, word text);

insert into bench_syllable
select ordinality - 1, word from unnest(array['An', 'Bình', 'Phú', 'Tân', 'Hòa', 'Thạnh', 'Long', 'Phước', 'Đông',
    'Tây', 'Nam', 'Bắc', 'Xuân', 'Hưng', 'Thịnh', 'Lộc', 'Sơn', 'Hà', 'Trung', 'Quang', 'Vĩnh', 'Mỹ', 'Thuận', 'Lợi',
    'Yên', 'Thanh', 'Minh', 'Kim', 'Hải', 'Phong', 'Tiến', 'Đức']) with ordinality as t(word, ordinality);

create temp table bench_agency_new (code char(13) primary key, parent_code char(13), name text, short_name text,
    abbreviation text, kind text, address text, phone text, email text, level int);

insert into bench_agency_new
select '000.00.00.H' || p.nn, null, 'Ủy ban nhân dân ' || p.title, 'UBND ' || p.title, 'UBND', 'PROVINCE',
       'Trung tâm hành chính ' || p.title, '02' || p.nn || ' 3' || lpad(((p.ord * 7919) % 1000000)::text, 6, '0'),
       'ubnd@' || p.slug || '.gov.vn', 0
from bench_province p;

insert into bench_agency_new
select '000.00.' || substr(t.code, 8, 2) || '.H' || p.nn, '000.00.00.H' || p.nn,
       replace(replace(replace(t.name, 'tỉnh Bắc Ninh', p.title), 'Bắc Ninh', p.name), 'Bắc Giang', p.name),
       regexp_replace(t.short_name, ' tỉnh$', case when p.city then ' thành phố' else ' tỉnh' end), t.abbreviation, t.kind,
       'Trung tâm hành chính ' || p.title, '02' || p.nn || ' 3' || lpad(((p.ord * 7919 + t.id * 104729) % 1000000)::text, 6, '0'),
       split_part(t.email, '@', 1) || '@' || p.slug || '.gov.vn', 1
from agency t cross join bench_province p
where t.code like '000.00.__.H27' and t.code <> '000.00.00.H27';

insert into bench_agency_new
select code, '000.00.00.H' || nn, 'Ủy ban nhân dân ' || unit, 'UBND ' || unit, 'UBND', kind,
       'Trụ sở UBND ' || unit || ', ' || title, '02' || nn || ' 6' || lpad(((i * 7919 + ord * 31) % 1000000)::text, 6, '0'),
       'ubnd.' || lower(replace(code, '.', '')) || '@' || slug || '.gov.vn', 2
from (select p.*, i,
             '000.' || lpad((1 + (i - 1) % 6)::text, 2, '0') || '.' || (40 + (i - 1) / 6) || '.H' || p.nn as code,
             case when i % 4 = 0 or (p.city and i % 2 = 0) then 'WARD' else 'COMMUNE' end as kind,
             case when i % 4 = 0 or (p.city and i % 2 = 0) then 'phường ' else 'xã ' end
               || s1.word || ' ' || s2.word as unit
      from bench_province p
      cross join generate_series(1, p.communes) i
      join bench_syllable s1 on s1.idx = (i * 7 + p.ord) % 32
      join bench_syllable s2 on s2.idx = (i * 7 + p.ord + 1 + i / 32) % 32) c;

delete from bench_agency_new n where exists (select 1 from agency a where a.code = n.code);

insert into agency (code, parent_id, path, name, short_name, abbreviation, kind, address, phone, email)
select n.code, null, '/', n.name, n.short_name, n.abbreviation, n.kind, n.address, n.phone, n.email
from bench_agency_new n where n.level = 0 order by substr(n.code, 11, 3);

update agency a set path = '/' || a.id || '/'
from bench_agency_new n where n.code = a.code and n.level = 0;

insert into agency (code, parent_id, path, name, short_name, abbreviation, kind, address, phone, email)
select n.code, p.id, p.path, n.name, n.short_name, n.abbreviation, n.kind, n.address, n.phone, n.email
from bench_agency_new n join agency p on p.code = n.parent_code
where n.level > 0 order by substr(n.code, 11, 3), n.level, n.code;

update agency a set path = a.path || a.id || '/'
from bench_agency_new n where n.code = a.code and n.level > 0;

-- Departments implement what their H27 counterparts do; commune-level procedures without agencies
-- are implemented by every commune and ward already.
insert into procedure_agency (procedure_id, agency_code)
select pa.procedure_id, n.code
from procedure_agency pa
join bench_agency_new n on n.level = 1 and substr(n.code, 1, 10) = substr(pa.agency_code, 1, 10)
where pa.agency_code like '%.H27'
on conflict do nothing;

create temp table bench_role (role text, slug text, position text, k int);

insert into bench_role values
 ('ONE_STOP_OFFICER', 'motcua', 'Công chức Bộ phận Một cửa', 0),
 ('SPECIALIST', 'chuyenvien', 'Chuyên viên', 1),
 ('LEADER', 'lanhdao', 'Chủ tịch', 2),
 ('CLERK', 'vanthu', 'Văn thư', 3);

create temp table bench_official as
select a.id as agency_id, a.code, r.role, r.k,
       r.slug || '.' || lower(substr(a.code, 11, 3)) || '.' || substr(a.code, 1, 3) || substr(a.code, 5, 2)
         || substr(a.code, 8, 2) as username,
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
              'Dương', 'Lý'])[1 + (a.id * 4 + r.k) % 16]
         || ' ' || (array['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Hoài'])[1 + (a.id * 4 + r.k) * 3 % 10]
         || ' ' || (array['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh',
                          'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn',
                          'Việt', 'Yến'])[1 + (a.id * 4 + r.k) * 7 % 27] as display_name,
       case when r.role <> 'LEADER' then r.position when a.kind in ('COMMUNE', 'WARD', 'PROVINCE') then 'Chủ tịch'
            else 'Giám đốc' end as position,
       split_part(a.email, '@', 2) as domain,
       '09' || lpad(((a.id * 4 + r.k) * 7919 % 100000000)::text, 8, '0') as phone
from agency a
join bench_agency_new n on n.code = a.code
cross join bench_role r;

insert into account (username, kind, display_name, email, phone, password_hash)
select o.username, 'OFFICIAL', o.display_name, o.username || '@' || o.domain, o.phone,
       (select password_hash from account where username = 'quantri')
from bench_official o
on conflict ((lower(username))) do nothing;

insert into official (account_id, agency_id, position)
select a.id, o.agency_id, o.position
from bench_official o join account a on lower(a.username) = o.username
on conflict do nothing;

insert into official_role (account_id, agency_id, role)
select a.id, o.agency_id, o.role
from bench_official o join account a on lower(a.username) = o.username
on conflict do nothing;

analyze agency;
analyze account;
analyze official;
analyze official_role;
analyze procedure_agency
