package vn.tinhso.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.audit.AuditChain;
import vn.tinhso.directory.Role;

/** A fresh database with demo data switched on, as on a newcomer's first start. */
@SpringBootTest(properties = "tinhso.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoDataTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditChain audit;

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	@Test
	void firstStartLoadsALivingProvince() {
		assertThat(jdbc.sql("select name from agency where parent_id is null").query(String.class).single())
				.isEqualTo("Ủy ban nhân dân tỉnh Bắc Ninh");
		assertThat(count("select count(*) from agency where kind in ('DEPARTMENT', 'PROVINCIAL_UNIT')")).isBetween(20, 35);
		assertThat(count("select count(*) from agency where kind in ('COMMUNE', 'WARD')")).isBetween(90, 110);
		assertThat(jdbc.sql("select distinct role from official_role").query(String.class).list())
				.containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
		assertThat(count("select count(*) from citizen")).isEqualTo(3);
		assertThat(count("select count(*) from organisation")).isEqualTo(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		int agencies = count("select count(*) from agency");
		int accounts = count("select count(*) from account");
		demo.load();
		demo.run(null);
		assertThat(count("select count(*) from agency")).isEqualTo(agencies);
		assertThat(count("select count(*) from account")).isEqualTo(accounts);
	}

	@Test
	void demoAccountsSignInWithTheDocumentedPassword() throws Exception {
		mvc.perform(get("/api/v1/officials").param("q", "quantri.sxd").with(httpBasic("quantri", "TinhSo@2026")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].roles[0].role").value("AGENCY_ADMIN"));
		// The construction department's administrator sees their department only.
		mvc.perform(get("/api/v1/officials").param("q", "nguyenvanthanh").with(httpBasic("quantri.sxd", "TinhSo@2026")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/account").with(httpBasic("027090001234", "TinhSo@2026"))).andExpect(status().isOk());
	}
}
