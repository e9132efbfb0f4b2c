package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.ProcedureSamples;

class ProcedureApiTest extends IntegrationTest {

	@Autowired
	JsonMapper json;

	private String admin;
	private String department;

	@BeforeEach
	void catalogueAdministrator() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		department = fixtures.department();
	}

	private int stored(String code) {
		return jdbc.sql("select count(*) from procedure where code = ?").param(code).query(Integer.class).single();
	}

	private Procedure sample(String name) {
		return ProcedureSamples.of(name, ProcedureLevel.PROVINCE, List.of(department));
	}

	private static Procedure withSteps(Procedure p, List<ProcessStep> steps) {
		return new Procedure(p.nationalCode(), p.agencyCode(), p.name(), p.field(), p.level(), p.implementingAgencies(),
				p.processingDays(), p.onlineLevel(), p.applicantTypes(), p.description(), p.conditions(), p.fees(),
				p.components(), p.results(), p.legalBasis(), p.effectiveFrom(), p.effectiveTo(), steps);
	}

	@Test
	void anAdministratorPublishesAProcedureThatTheMarketCanFindWithoutDiacritics() throws Exception {
		Procedure p = sample("Cấp giấy phép đào đường đô thị");
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(p)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.code").value(p.code()))
				.andExpect(jsonPath("$.procedure.steps.length()").value(4));

		// Anyone reads it, with every part the catalogue promises.
		mvc.perform(get("/api/v1/procedures/" + p.code()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.published").value(true))
				.andExpect(jsonPath("$.inEffect").value(true))
				.andExpect(jsonPath("$.procedure.components[0].code").value("TP1"))
				.andExpect(jsonPath("$.procedure.fees[0].amount").value(8000))
				.andExpect(jsonPath("$.procedure.implementingAgencies[0]").value(department))
				.andExpect(jsonPath("$.procedure.processingDays").value(3));
		mvc.perform(get("/api/v1/procedures").param("q", "giay phep dao duong"))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItem(p.code())));
		mvc.perform(get("/api/v1/procedures").param("q", "GIẤY PHÉP ĐÀO").param("agency", department))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItem(p.code())));
		mvc.perform(get("/api/v1/procedures").param("q", "dao duong").param("level", "COMMUNE"))
				.andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItem(p.code()))));
		mvc.perform(get("/api/v1/procedures").param("q", "dao duong").param("agency", fixtures.department()))
				.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aCommuneLevelProcedureWithoutNamedAgenciesIsOfferedByEveryCommune() throws Exception {
		String commune = fixtures.unitUnder(department);
		Procedure p = ProcedureSamples.of("Đăng ký nuôi con nuôi trong nước thử nghiệm", ProcedureLevel.COMMUNE, List.of());
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(p))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/procedures").param("agency", commune).param("q", "con nuoi thu nghiem"))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItem(p.code())));
		mvc.perform(get("/api/v1/procedures").param("agency", department).param("q", "con nuoi thu nghiem"))
				.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anInconsistentProcedureIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
		Procedure good = sample("Thủ tục có quy trình sai");
		List<ProcessStep> steps = new ArrayList<>(good.steps());
		steps.set(0, new ProcessStep("Tiếp nhận", Role.LEADER, "Lãnh đạo", new BigDecimal("0.5")));
		steps.set(1, new ProcessStep("Thẩm định", Role.SPECIALIST, "Phòng", new BigDecimal("2.3")));
		Procedure bad = withSteps(good, steps);
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(bad)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("request.invalid"))
				.andExpect(jsonPath("$.errors[*].code", Matchers.hasItems("procedure.days.format",
						"procedure.steps.one-stop-ends", "procedure.steps.total")))
				.andExpect(jsonPath("$.errors[?(@.code == 'procedure.days.format')].field").value("steps[1].days"))
				.andExpect(jsonPath("$.errors[?(@.code == 'procedure.steps.total')].message")
						.value(Matchers.hasItem(Matchers.containsString("3.8"))));
		assertThat(stored(bad.code())).isZero();

		// A commune cannot implement a province-level procedure; a bad national code is named as such.
		String commune = fixtures.unitUnder(department);
		String wrongLevel = json.writeValueAsString(ProcedureSamples.of("Thủ tục sai cấp", ProcedureLevel.PROVINCE,
				List.of(commune))).replaceFirst("\"nationalCode\":\"[^\"]+\"", "\"nationalCode\":\"3.12\"");
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(wrongLevel))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'implementingAgencies[0]')].code")
						.value("procedure.implementers.wrong-level"))
				.andExpect(jsonPath("$.errors[?(@.field == 'nationalCode')].code").value("procedure.national-code.format"));

		// An unknown level is a malformed request, not a server error.
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(good).replace("\"PROVINCE\"", "\"DISTRICT\"")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.malformed"));
		assertThat(stored(good.code())).isZero();
	}

	@Test
	void onlySystemAdministratorsChangeTheCatalogue() throws Exception {
		Procedure p = sample("Thủ tục chỉ quản trị được sửa");
		String body = json.writeValueAsString(p);
		String agencyAdmin = fixtures.official(department, Role.AGENCY_ADMIN, Role.LEADER);
		String citizen = fixtures.citizen();
		mvc.perform(post("/api/v1/procedures").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/procedures").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/procedures/import").with(as(citizen)).contentType(MediaType.APPLICATION_JSON)
				.content("[" + body + "]")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/procedures/export").with(as(agencyAdmin))).andExpect(status().isForbidden());
		assertThat(stored(p.code())).isZero();
	}

	@Test
	void aWithdrawnOrExpiredProcedureDisappearsForThePublicButNotForTheAdministrator() throws Exception {
		String withdrawn = fixtures.procedure(department);
		mvc.perform(post("/api/v1/procedures/" + withdrawn + "/withdraw").with(as(admin)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.published").value(false));
		mvc.perform(get("/api/v1/procedures/" + withdrawn)).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("procedure.not-found"));
		mvc.perform(get("/api/v1/procedures/" + withdrawn).with(as(admin))).andExpect(status().isOk());

		Procedure s = sample("Thủ tục đã hết hiệu lực thử nghiệm");
		Procedure expired = new Procedure(s.nationalCode(), s.agencyCode(), s.name(), s.field(), s.level(),
				s.implementingAgencies(), s.processingDays(), s.onlineLevel(), s.applicantTypes(), s.description(),
				s.conditions(), s.fees(), s.components(), s.results(), s.legalBasis(), LocalDate.of(2020, 1, 1),
				LocalDate.of(2024, 12, 31), s.steps());
		mvc.perform(post("/api/v1/procedures").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(expired))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/procedures").param("agency", department))
				.andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItems(withdrawn))))
				.andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItems(expired.code()))));
		mvc.perform(get("/api/v1/procedures").param("agency", department).param("all", "true").with(as(admin)))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItems(withdrawn, expired.code())));
		// Asking for everything without being an administrator still shows only what is published.
		mvc.perform(get("/api/v1/procedures").param("agency", department).param("all", "true"))
				.andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItems(withdrawn))));
	}

	@Test
	void editsUseOptimisticLockingAndKeepTheCode() throws Exception {
		String code = fixtures.procedure(department);
		String etag = mvc.perform(get("/api/v1/procedures/" + code)).andReturn().getResponse().getHeader("ETag");
		Procedure current = json.readValue(mvc.perform(get("/api/v1/procedures/" + code)).andReturn().getResponse()
				.getContentAsString(), ProcedureView.class).procedure();
		Procedure renamed = new Procedure(current.nationalCode(), current.agencyCode(), "Tên mới của thủ tục",
				current.field(), current.level(), current.implementingAgencies(), current.processingDays(),
				current.onlineLevel(), current.applicantTypes(), current.description(), current.conditions(),
				current.fees(), current.components(), current.results(), current.legalBasis(), current.effectiveFrom(),
				current.effectiveTo(), current.steps());
		mvc.perform(put("/api/v1/procedures/" + code).with(as(admin)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(renamed)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.procedure.name").value("Tên mới của thủ tục"));
		mvc.perform(put("/api/v1/procedures/" + code).with(as(admin)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(current)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("procedure.stale"));
		mvc.perform(put("/api/v1/procedures/" + code).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(sample("Thủ tục khác mã"))))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("procedure.code.immutable"));
		assertThat(jdbc.sql("select name from procedure where code = ?").param(code).query(String.class).single())
				.isEqualTo("Tên mới của thủ tục");
	}

	@Test
	void importIsAllOrNothingAndExportRoundTrips() throws Exception {
		Procedure first = sample("Thủ tục nhập thứ nhất");
		Procedure second = sample("Thủ tục nhập thứ hai");
		Procedure broken = withSteps(sample("Thủ tục nhập bị lỗi"), List.of());
		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(List.of(first, second, broken, first))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == '[2].steps')].code").value("procedure.steps.count"))
				.andExpect(jsonPath("$.errors[?(@.field == '[3].nationalCode')].code").value("procedure.code.duplicate"));
		assertThat(stored(first.code()) + stored(second.code())).isZero();

		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(List.of(first, second))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));

		String exported = mvc.perform(get("/api/v1/procedures/export").with(as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Procedure> all = json.readValue(exported, new TypeReference<List<Procedure>>() {
		});
		assertThat(all).contains(first, second);
		// Importing the export again replaces each entry with itself.
		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(exported))
				.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
				.andExpect(jsonPath("$.updated").value(all.size()));
	}

	/** The API's read shape, for tests. */
	record ProcedureView(String code, Procedure procedure) {
	}
}
