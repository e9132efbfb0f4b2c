package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import vn.tinhso.support.IntegrationTest;

class CsvImportTest extends IntegrationTest {

	private static final String AGENCY_HEADER = "ma_dinh_danh,ten,ten_ngan,viet_tat,loai,ma_cap_tren,dia_chi,dien_thoai,email\n";
	private static final String OFFICIAL_HEADER = "ten_dang_nhap,ho_ten,email,dien_thoai,chuc_vu,ma_co_quan,vai_tro\n";

	/** Submits a CSV body and waits for the background job to finish; returns the job JSON. */
	private String importCsv(String kind, String csv, String user) throws Exception {
		String location = mvc.perform(post("/api/v1/imports/" + kind).with(as(user)).contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)))
				.andExpect(status().isAccepted()).andExpect(header().exists("Location"))
				.andReturn().getResponse().getHeader("Location");
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			String job = mvc.perform(get(location).with(as(user))).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
			if (JsonPath.read(job, "$.finishedAt") != null) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import did not finish: " + location);
	}

	private int agencies(String... codes) {
		return jdbc.sql("select count(*) from agency where code in (:codes)").param("codes", List.of(codes))
				.query(Integer.class).single();
	}

	@Test
	void validFileImportsEveryRowParentsBeforeChildren() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String dept = fixtures.department();
		String zz = dept.substring(7);
		String child = "000.61." + zz;
		String grandChild = "007.61." + zz;
		// The grandchild comes first in the file; its parent is defined further down.
		String csv = "\uFEFF" + AGENCY_HEADER
				+ grandChild + ",Tổ Một,Tổ Một,TM,COMMUNE," + child + ",,,\n"
				+ child + ",\"Phòng Hai, Ba\",Phòng Hai,PH,PROVINCIAL_UNIT," + dept + ",\"Số 2, đường A\",0222 3800 111,ph@test.gov.vn\n";
		String job = importCsv("agencies", csv, admin);
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(job, "$.doneRows")).isEqualTo(2);
		assertThat(agencies(child, grandChild)).isEqualTo(2);
		assertThat(jdbc.sql("select name from agency where code = ?").param(child).query(String.class).single())
				.isEqualTo("Phòng Hai, Ba");
	}

	@Test
	void anyBadRowRejectsTheWholeFileWithEveryReasonAndLineNumber() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String dept = fixtures.department();
		String zz = dept.substring(7);
		String good = "000.62." + zz;
		String csv = AGENCY_HEADER
				+ good + ",Tốt,Tốt,TOT,COMMUNE," + dept + ",,,\n"             // line 2: fine
				+ "62.62.62.H99,Sai mã,Sai mã,SM,COMMUNE," + dept + ",,,\n"     // line 3: malformed code
				+ good + ",Trùng,Trùng,TR,COMMUNE," + dept + ",,,\n"          // line 4: duplicate in file
				+ fixtures.unitUnder(dept) + ",Đã có,Đã có,DC,COMMUNE," + dept + ",,,\n" // line 5: exists in database
				+ "000.63." + zz + ",Sai cha,Sai cha,SC,COMMUNE,000.00.99.H05,,,\n" // line 6: parent unknown/inconsistent
				+ "000.64." + zz + ",Loại lạ,Loại lạ,LL,CASTLE," + dept + ",,x,bad-email\n"; // line 7
		String job = importCsv("agencies", csv, admin);
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("REJECTED");
		List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
		assertThat(problems).extracting(p -> p.get("line") + ":" + p.get("code")).contains(
				"3:agency.code.invalid", "4:import.duplicate-in-file", "5:agency.code.duplicate",
				"6:agency.parent.inconsistent", "7:agency.kind.invalid", "7:value.phone", "7:value.email");
		assertThat(problems).noneMatch(p -> Integer.valueOf(2).equals(p.get("line")));
		assertThat(agencies(good, "000.64." + zz)).isZero();
	}

	@Test
	void missingColumnsAndNonUtf8FilesAreRejected() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String job = importCsv("agencies", "ma_dinh_danh,ten\n000.65.01.H99,Thiếu\n", admin);
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("REJECTED");
		assertThat((String) JsonPath.read(job, "$.problems[0].code")).isEqualTo("import.columns-missing");

		byte[] latin1 = (AGENCY_HEADER + "000.66.01.H99,Tr\u00e0ng,T,T,COMMUNE,000.00.01.H99,,,\n")
				.getBytes(StandardCharsets.ISO_8859_1);
		String location = mvc.perform(post("/api/v1/imports/agencies").with(as(admin)).contentType("text/csv").content(latin1))
				.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		Thread.sleep(500);
		mvc.perform(get(location).with(as(admin))).andExpect(jsonPath("$.problems[0].code").value("import.not-utf8"));
		mvc.perform(post("/api/v1/imports/castles").with(as(admin)).contentType("text/csv").content("a\n"))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("import.kind-unknown"));
	}

	@Test
	void officialsImportValidatesAgenciesRolesAndScope() throws Exception {
		String mine = fixtures.department();
		String other = fixtures.department();
		String agencyAdmin = fixtures.official(mine, Role.AGENCY_ADMIN);
		String u1 = "csv.one" + System.nanoTime() % 100000;
		String u2 = "csv.two" + System.nanoTime() % 100000;
		String bad = OFFICIAL_HEADER
				+ u1 + ",Nguyễn Văn Một,one@test.gov.vn,0912345678,Chuyên viên," + mine + ",SPECIALIST;CLERK\n"
				+ u2 + ",Trần Thị Hai,two@test.gov.vn,,Văn thư," + other + ",CLERK\n"          // outside scope
				+ "csv.three,Lê Ba,three@test.gov.vn,,,000.00.97.H05,LEADER\n"               // unknown agency (fixtures stop at H10)
				+ "csv.four,Đỗ Bốn,four@test.gov.vn,,," + mine + ",SYSTEM_ADMIN\n"           // forbidden grant
				+ "csv.five,Vũ Năm,five@test.gov.vn,,," + mine + ",EMPEROR\n";               // unknown role
		String job = importCsv("officials", bad, agencyAdmin);
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("REJECTED");
		List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
		assertThat(problems).extracting(p -> p.get("line") + ":" + p.get("code")).contains(
				"3:agency.outside-scope", "4:agency.not-found", "5:official.role.grant-forbidden",
				"6:official.role.invalid");
		assertThat(jdbc.sql("select count(*) from account where username = ?").param(u1).query(Integer.class).single())
				.isZero();

		String good = OFFICIAL_HEADER + u1 + ",Nguyễn Văn Một,one@test.gov.vn,0912345678,Chuyên viên," + mine
				+ ",SPECIALIST;CLERK\n";
		assertThat((String) JsonPath.read(importCsv("officials", good, agencyAdmin), "$.status")).isEqualTo("DONE");
		assertThat(jdbc.sql("select string_agg(role, ',' order by role) from official_role r join account a on a.id = r.account_id where a.username = ?")
				.param(u1).query(String.class).single()).isEqualTo("CLERK,SPECIALIST");
		// Imported officials have no password until an administrator hands them a temporary one.
		assertThat(jdbc.sql("select password_hash is null and must_change_password from account where username = ?")
				.param(u1).query(Boolean.class).single()).isTrue();
	}

	@Test
	void uploadPageFollowsTheJobAndShowsEachBadRowInVietnamese() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String csv = AGENCY_HEADER + "62.62.62.H99,Sai mã,Sai mã,SM,COMMUNE," + fixtures.department() + ",,,\n";
		String jobPage = mvc.perform(multipart("/admin/imports/agencies").with(as(admin))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.file(new MockMultipartFile("file", "co-quan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long deadline = System.currentTimeMillis() + 30_000;
		String html;
		do {
			Thread.sleep(100);
			html = mvc.perform(get(jobPage).with(as(admin))).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
		}
		while (html.contains("hx-trigger=\"every 1s\"") && System.currentTimeMillis() < deadline);
		assertThat(html).contains("Bị từ chối", "co-quan.csv", "<progress", "Không dòng nào được nhập")
				.contains("Mã định danh &quot;62.62.62.H99&quot; không đúng dạng");
	}

	@Test
	void jobsAreVisibleOnlyToWhoStartedThem() throws Exception {
		String a = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		String b = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		String location = mvc.perform(multipart("/api/v1/imports/agencies")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", AGENCY_HEADER.getBytes(StandardCharsets.UTF_8)))
				.with(as(a))).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(as(b))).andExpect(status().isNotFound());
		mvc.perform(get(location).with(as(a))).andExpect(status().isOk());
	}
}
