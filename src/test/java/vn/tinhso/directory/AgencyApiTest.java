package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.support.IntegrationTest;

class AgencyApiTest extends IntegrationTest {

	private String admin;

	@BeforeEach
	void systemAdmin() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
	}

	private static String json(String code, String parent, String kind) {
		return """
				{"code":"%s","name":"Sở Thử nghiệm Mới","shortName":"Sở TN Mới","abbreviation":"STNM","kind":"%s",
				 "parentCode":"%s","address":"Số 1, phường Kinh Bắc","phone":"0222 3800 000","email":"stnm@test.gov.vn"}"""
				.formatted(code, kind, parent);
	}

	private int count(String code) {
		return jdbc.sql("select count(*) from agency where code = ?").param(code).query(Integer.class).single();
	}

	@Test
	void systemAdministratorCreatesReadsAndEditsAnAgencyWithOptimisticLocking() throws Exception {
		String dept = fixtures.department();
		String code = "000.42." + dept.substring(7);
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(code, dept, "PROVINCIAL_UNIT")))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "/api/v1/agencies/" + code))
				.andExpect(jsonPath("$.parentCode").value(dept))
				.andExpect(jsonPath("$.active").value(true));

		String etag = mvc.perform(get("/api/v1/agencies/" + code).with(as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		String renamed = json(code, dept, "PROVINCIAL_UNIT").replace("Sở Thử nghiệm Mới", "Trung tâm Đổi tên");
		mvc.perform(put("/api/v1/agencies/" + code).with(as(admin)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).content(renamed))
				.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Trung tâm Đổi tên"));
		// The same stale version again is refused and changes nothing.
		mvc.perform(put("/api/v1/agencies/" + code).with(as(admin)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).content(renamed.replace("Đổi tên", "Lần hai")))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("agency.stale"));
		assertThat(jdbc.sql("select name from agency where code = ?").param(code).query(String.class).single())
				.isEqualTo("Trung tâm Đổi tên");
	}

	@Test
	void malformedCodeIsRefusedWithAFieldProblemInVietnamese() throws Exception {
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json("00.00.1.H99", fixtures.root(), "DEPARTMENT")))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", "application/problem+json"))
				.andExpect(jsonPath("$.code").value("request.invalid"))
				.andExpect(jsonPath("$.type").value("urn:tinhso:problem:request.invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("code"))
				.andExpect(jsonPath("$.errors[0].code").value("agency.code.invalid"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("không đúng dạng")));
		assertThat(count("00.00.1.H99")).isZero();
	}

	@Test
	void englishProblemWhenTheClientAsksForIt() throws Exception {
		mvc.perform(post("/api/v1/agencies").with(as(admin)).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON).content(json("bad", fixtures.root(), "DEPARTMENT")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("does not match the format")));
	}

	@Test
	void duplicateCodeIsAConflictAndTheOriginalIsUntouched() throws Exception {
		String dept = fixtures.department();
		String unit = fixtures.unitUnder(dept);
		String before = jdbc.sql("select name from agency where code = ?").param(unit).query(String.class).single();
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(unit, dept, "COMMUNE")))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("agency.code.duplicate"));
		assertThat(jdbc.sql("select name from agency where code = ?").param(unit).query(String.class).single())
				.isEqualTo(before);
	}

	@Test
	void parentMustBeAnAncestorByCodeAndMustExist() throws Exception {
		String deptA = fixtures.department();
		String deptB = fixtures.department();
		String childOfA = "000.77." + deptA.substring(7);
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(childOfA, deptB, "COMMUNE")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("agency.parent.inconsistent"));
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json("000.77.98.H05", "000.00.98.H05", "COMMUNE")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("agency.parent.not-found"));
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json("000.00.00.H98", "", "PROVINCE")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("agency.root.exists"));
		assertThat(count(childOfA) + count("000.77.98.H05") + count("000.00.00.H98")).isZero();
	}

	@Test
	void agencyAdministratorManagesOnlyTheirSubtree() throws Exception {
		String mine = fixtures.department();
		String other = fixtures.department();
		String agencyAdmin = fixtures.official(mine, Role.AGENCY_ADMIN);
		String inside = "000.55." + mine.substring(7);
		String outside = "000.55." + other.substring(7);

		mvc.perform(post("/api/v1/agencies").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(inside, mine, "COMMUNE"))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/agencies").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(outside, other, "COMMUNE")))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("agency.outside-scope"));
		mvc.perform(put("/api/v1/agencies/" + other).with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(other, fixtures.root(), "DEPARTMENT"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/agencies/" + other + "/deactivate").with(as(agencyAdmin)))
				.andExpect(status().isForbidden());
		// Moving their own agency out from under the province root is outside their scope too.
		mvc.perform(post("/api/v1/agencies").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content(json("000.00.00.H97", "", "PROVINCE"))).andExpect(status().isBadRequest());
		assertThat(count(inside)).isOne();
		assertThat(count(outside)).isZero();
		assertThat(jdbc.sql("select active from agency where code = ?").param(other).query(Boolean.class).single()).isTrue();
	}

	@Test
	void officialsWithoutAdministrationRoleMayReadButNotWrite() throws Exception {
		String dept = fixtures.department();
		String specialist = fixtures.official(dept, Role.SPECIALIST);
		mvc.perform(get("/api/v1/agencies/" + dept).with(as(specialist))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/agencies").with(as(specialist)).contentType(MediaType.APPLICATION_JSON)
				.content(json("000.66." + dept.substring(7), dept, "COMMUNE")))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access.denied"));
		String citizen = fixtures.citizen();
		mvc.perform(get("/api/v1/agencies").with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("auth.required"));
	}

	@Test
	void cannotDeactivateAnAgencyWithActiveChildrenButCanAfterThem() throws Exception {
		String dept = fixtures.department();
		String child = fixtures.unitUnder(dept);
		mvc.perform(post("/api/v1/agencies/" + dept + "/deactivate").with(as(admin)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("agency.has-active-children"));
		mvc.perform(post("/api/v1/agencies/" + child + "/deactivate").with(as(admin))).andExpect(status().isOk())
				.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/agencies/" + dept + "/deactivate").with(as(admin))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/agencies").param("q", dept).param("active", "false").with(as(admin)))
				.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void searchIgnoresDiacriticsAndCase() throws Exception {
		String dept = fixtures.department();
		jdbc.sql("update agency set name = 'Ủy ban nhân dân xã Đồng Việt Thử' where code = ?").param(dept).update();
		mvc.perform(get("/api/v1/agencies").param("q", "dong viet thu").with(as(admin)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].code").value(dept));
		mvc.perform(get("/api/v1/agencies").param("q", "ĐỒNG VIỆT THỬ").with(as(admin)))
				.andExpect(jsonPath("$.items[0].code").value(dept));
		// A percent sign is a character to look for, not a wildcard.
		mvc.perform(get("/api/v1/agencies").param("q", "%").with(as(admin))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void changesAreAudited() throws Exception {
		String dept = fixtures.department();
		String code = "000.31." + dept.substring(7);
		mvc.perform(post("/api/v1/agencies").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(code, dept, "COMMUNE"))).andExpect(status().isCreated());
		assertThat(jdbc.sql("select actor_name || ' ' || action from audit_event where target_id = ?").param(code)
				.query(String.class).list()).containsExactly(admin + " agency.create");
	}
}
