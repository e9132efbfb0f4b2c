package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.support.IntegrationTest;

class OfficialApiTest extends IntegrationTest {

	private static String json(String username, String agencyCode, String roles) {
		return """
				{"username":"%s","fullName":"Phạm Thị Hoa","email":"%s@test.gov.vn","phone":"0912345678",
				 "position":"Chuyên viên","agencyCode":"%s","roles":[%s]}""".formatted(username, username, agencyCode, roles);
	}

	private int accounts(String username) {
		return jdbc.sql("select count(*) from account where username = ?").param(username).query(Integer.class).single();
	}

	@Test
	void createdOfficialMustChangeTheTemporaryPasswordBeforeDoingAnythingElse() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		String username = "hoa.pham" + System.nanoTime() % 100000;
		String body = mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(username, dept, "{\"role\":\"SPECIALIST\"},{\"role\":\"CLERK\",\"agencyCode\":\"" + dept + "\"}")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.official.roles.length()").value(2))
				.andReturn().getResponse().getContentAsString();
		String temporary = JsonPath.read(body, "$.temporaryPassword");

		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, temporary)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("account.password-change-required"));
		mvc.perform(get("/api/v1/agencies").with(httpBasic(username, "wrong" + temporary)))
				.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select action from audit_event where target_id = ?").param(username).query(String.class).list())
				.contains("official.create");
	}

	@Test
	void agencyAdministratorCannotGrantSystemAdministrationNorActOutsideTheirSubtree() throws Exception {
		String mine = fixtures.department();
		String other = fixtures.department();
		String admin = fixtures.official(mine, Role.AGENCY_ADMIN);
		String u1 = "escalate" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(u1, mine, "{\"role\":\"SYSTEM_ADMIN\"}")))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("official.role.grant-forbidden"));
		String u2 = "elsewhere" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(u2, other, "{\"role\":\"LEADER\"}")))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("agency.outside-scope"));
		String u3 = "sneaky" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(u3, mine, "{\"role\":\"LEADER\",\"agencyCode\":\"" + other + "\"}")))
				.andExpect(status().isForbidden());
		assertThat(accounts(u1) + accounts(u2) + accounts(u3)).isZero();

		String outsider = fixtures.official(other, Role.LEADER);
		mvc.perform(get("/api/v1/officials/" + outsider).with(as(admin))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/officials/" + outsider + "/deactivate").with(as(admin))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/officials/" + outsider + "/reset-password").with(as(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/officials").param("q", outsider).with(as(admin)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void agencyAdministratorCannotTouchAnOfficialWhoOutranksThem() throws Exception {
		String mine = fixtures.department();
		String admin = fixtures.official(mine, Role.AGENCY_ADMIN);
		String provincial = fixtures.official(mine, Role.SPECIALIST);
		fixtures.grant(provincial, Role.AGENCY_ADMIN, fixtures.root());
		String sysadmin = fixtures.official(mine, Role.SYSTEM_ADMIN);
		for (String target : new String[] { provincial, sysadmin }) {
			mvc.perform(post("/api/v1/officials/" + target + "/reset-password").with(as(admin)))
					.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("official.outranks-you"));
			mvc.perform(post("/api/v1/officials/" + target + "/deactivate").with(as(admin)))
					.andExpect(status().isForbidden());
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/officials/" + target)
					.with(as(admin)).contentType(MediaType.APPLICATION_JSON)
					.content(json(target, mine, "{\"role\":\"CLERK\"}"))).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from official_role r join account a on a.id = r.account_id where a.username in (?, ?)")
				.params(provincial, sysadmin).query(Integer.class).single()).isEqualTo(3);
		mvc.perform(get("/api/v1/agencies").with(as(sysadmin))).andExpect(status().isOk());
	}

	@Test
	void changingRolesEndsTheOfficialsSessions() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		String clerk = fixtures.official(dept, Role.CLERK);
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
				.user(clerk).password(vn.tinhso.support.Fixtures.PASSWORD));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(clerk)
				.query(Integer.class).single()).isOne();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/officials/" + clerk)
				.with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(clerk, dept, "{\"role\":\"SPECIALIST\"}"))).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(clerk)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void listShowsOnlyTheAdministratorsSubtreeIncludingUnitsBelow() throws Exception {
		String mine = fixtures.department();
		String unit = fixtures.unitUnder(mine);
		String admin = fixtures.official(mine, Role.AGENCY_ADMIN);
		String below = fixtures.official(unit, Role.ONE_STOP_OFFICER);
		String elsewhere = fixtures.official(fixtures.department(), Role.ONE_STOP_OFFICER);
		String list = mvc.perform(get("/api/v1/officials").param("size", "200").with(as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(below, admin).doesNotContain(elsewhere);
	}

	@Test
	void badInputIsRefusedFieldByField() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"Bad Name!","fullName":"","email":"not-an-email","phone":"12",
						 "agencyCode":"%s","roles":[{"role":"KING"}]}""".formatted(dept)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("username", "fullName",
						"email", "phone", "roles")))
				.andExpect(jsonPath("$.errors[?(@.field=='roles')].code").value("official.role.invalid"));
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{not json")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("request.malformed"));
	}

	@Test
	void duplicateUsernameIsAConflict() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.SYSTEM_ADMIN);
		String existing = fixtures.official(dept, Role.CLERK);
		mvc.perform(post("/api/v1/officials").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json(existing, dept, "{\"role\":\"LEADER\"}")))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("official.username.taken"));
		assertThat(jdbc.sql("select role from official_role r join account a on a.id = r.account_id where a.username = ?")
				.param(existing).query(String.class).list()).containsExactly("CLERK");
	}

	@Test
	void deactivatedOfficialCannotSignInAndTheirRolesStopWorking() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		String leader = fixtures.official(dept, Role.AGENCY_ADMIN);
		mvc.perform(get("/api/v1/officials").with(as(leader))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/officials/" + leader + "/deactivate").with(as(admin)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/officials").with(as(leader))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/officials/" + admin + "/deactivate").with(as(admin)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("official.self-deactivate"));
		mvc.perform(post("/api/v1/officials/" + leader + "/activate").with(as(admin))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/officials").with(as(leader))).andExpect(status().isOk());
	}

	@Test
	void passwordResetGivesANewOneTimePasswordAndUnlocks() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		String clerk = fixtures.official(dept, Role.CLERK);
		jdbc.sql("update account set locked_until = now() + interval '1 hour' where username = ?").param(clerk).update();
		String body = mvc.perform(post("/api/v1/officials/" + clerk + "/reset-password").with(as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String temporary = JsonPath.read(body, "$.temporaryPassword");
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
		mvc.perform(get("/api/v1/agencies").with(httpBasic(clerk, temporary)))
				.andExpect(jsonPath("$.code").value("account.password-change-required"));
		mvc.perform(get("/api/v1/agencies").with(as(clerk))).andExpect(status().isUnauthorized());
	}
}
