package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.ProcedureSamples;

class CataloguePagesTest extends IntegrationTest {

	private String admin;
	private String department;

	@BeforeEach
	void setUp() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		department = fixtures.department();
	}

	@Test
	void thePublicFindsAProcedureAndReadsWhatToBring() throws Exception {
		String code = fixtures.procedure(department);
		String name = jdbc.sql("select name from procedure where code = ?").param(code).query(String.class).single();
		mvc.perform(get("/procedures").param("q", "thu tuc thu nghiem").param("agency", department))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/procedures/" + code))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Tờ khai theo mẫu")))
				.andExpect(content().string(Matchers.containsString("8.000 đồng")))
				.andExpect(content().string(Matchers.containsString("Thẩm định hồ sơ")))
				.andExpect(content().string(Matchers.containsString("/dossiers/new?procedure=" + code)));
		mvc.perform(get("/procedures/1.000000.000.00.00.H99")).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder form(String nationalCode, String processingDays) {
		return post("/admin/procedures").with(as(admin)).with(csrf())
				.param("nationalCode", nationalCode).param("agencyCode", fixtures.root())
				.param("name", "Cấp giấy phép biểu diễn thử nghiệm").param("field", "Văn hóa")
				.param("level", "PROVINCE").param("implementingAgencies", department + "\n")
				.param("processingDays", processingDays).param("onlineLevel", "PARTIAL")
				.param("applicantTypes", "CITIZEN", "ORGANISATION").param("effectiveFrom", "2025-07-01")
				.param("legalBasis", "Nghị định số 144/2020/NĐ-CP\nThông tư số 01/2021/TT-BVHTTDL")
				.param("components[0].code", "TP1").param("components[0].name", "Đơn đề nghị")
				.param("components[0].originals", "1").param("components[0].copies", "0")
				.param("components[0].mandatory", "true").param("components[1].code", "").param("components[1].name", "")
				.param("results[0].name", "Giấy phép").param("results[0].electronic", "true")
				.param("fees[0].name", "Phí thẩm định").param("fees[0].amount", "1.500.000")
				.param("steps[0].name", "Tiếp nhận").param("steps[0].role", "ONE_STOP_OFFICER").param("steps[0].days", "0,5")
				.param("steps[1].name", "Thẩm định").param("steps[1].role", "SPECIALIST").param("steps[1].days", "3")
				.param("steps[2].name", "Trả kết quả").param("steps[2].role", "ONE_STOP_OFFICER").param("steps[2].days", "0.5");
	}

	@Test
	void anAdministratorCreatesAProcedureWithTheFormAndSeesEachMistakeInPlace() throws Exception {
		String nationalCode = ProcedureSamples.nextNationalCode();
		String code = nationalCode + "." + fixtures.root();
		mvc.perform(form(nationalCode, "abc"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"error-summary\"")))
				.andExpect(content().string(Matchers.containsString("Giá trị không đúng kiểu dữ liệu")));
		mvc.perform(form(nationalCode, "5"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("(4 ngày) phải bằng thời hạn giải quyết (5 ngày)")));
		assertThat(jdbc.sql("select count(*) from procedure where code = ?").param(code).query(Integer.class).single()).isZero();

		mvc.perform(form(nationalCode, "4")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/procedures/" + code));
		assertThat(jdbc.sql("select fees->0->>'amount' from procedure where code = ?").param(code).query(String.class)
				.single()).isEqualTo("1500000");
		mvc.perform(get("/admin/procedures/" + code).with(as(admin)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Đơn đề nghị")));
	}

	@Test
	void aBrokenImportFileIsExplainedAndOthersCannotReachTheAdminPages() throws Exception {
		mvc.perform(multipart("/admin/procedures/import").file(new MockMultipartFile("file", "tthc.json",
				"application/json", "{\"not\": \"an array\"".getBytes())).with(as(admin)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("Tệp không phải JSON đúng định dạng")));
		String specialist = fixtures.official(department, Role.SPECIALIST);
		mvc.perform(get("/admin/procedures").with(as(specialist))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/procedures/new")).andExpect(status().is3xxRedirection());
	}
}
