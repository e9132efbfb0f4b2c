package vn.tinhso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

class AuditChainTest extends IntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	TransactionTemplate tx;

	private long append(String target) {
		tx.executeWithoutResult(s -> log.recordFor(null, "tester", "127.0.0.1", "test.action", "test", target, "chi tiết"));
		return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
	}

	@Test
	void entriesAreChainedAndTheChainVerifies() {
		long a = append("a");
		long b = append("b");
		Map<String, Object> first = jdbc.sql("select hash from audit_event where id = ?").param(a).query().singleRow();
		Map<String, Object> second = jdbc.sql("select prev_hash from audit_event where id = ?").param(b).query().singleRow();
		assertThat(second.get("prev_hash")).isEqualTo(first.get("hash"));
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		long id = append("immutable");
		assertThatThrownBy(() -> jdbc.sql("update audit_event set details = 'x' where id = ?").param(id).update())
				.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
				.rootCause().hasMessageContaining("append-only");
	}

	@Test
	void tamperingWithContentOrRemovingAnEntryIsDetected() {
		long victim = append("victim");
		append("after");
		Map<String, Object> original = jdbc.sql("select * from audit_event where id = ?").param(victim).query().singleRow();
		try {
			// A database superuser bypassing the trigger, as an attacker with full access would.
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			jdbc.sql("update audit_event set details = 'sửa lén' where id = ?").param(victim).update();
			ChainVerification edited = chain.verify();
			assertThat(edited.intact()).isFalse();
			assertThat(edited.firstBrokenId()).isEqualTo(victim);
			assertThat(edited.reason()).isEqualTo("hash-mismatch");

			jdbc.sql("update audit_event set details = ? where id = ?").params(original.get("details"), victim).update();
			assertThat(chain.verify().intact()).isTrue();

			jdbc.sql("delete from audit_event where id = ?").param(victim).update();
			ChainVerification removed = chain.verify();
			assertThat(removed.intact()).isFalse();
			assertThat(removed.firstBrokenId()).isGreaterThan(victim);
			assertThat(removed.reason()).isEqualTo("link-broken");
		}
		finally {
			restore(original);
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	private void restore(Map<String, Object> row) {
		if (jdbc.sql("select count(*) from audit_event where id = ?").param(row.get("id")).query(Integer.class).single() == 0) {
			jdbc.sql("""
					insert into audit_event (id, occurred_at, actor_id, actor_name, client_ip, action, target_type, target_id,
					                         details, prev_hash, hash) overriding system value
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(java.util.Arrays.asList(row.get("id"), row.get("occurred_at"), row.get("actor_id"), row.get("actor_name"),
							row.get("client_ip"), row.get("action"), row.get("target_type"), row.get("target_id"),
							row.get("details"), row.get("prev_hash"), row.get("hash")).toArray())
					.update();
		}
		else {
			jdbc.sql("update audit_event set details = ? where id = ?").params(row.get("details"), row.get("id")).update();
		}
	}

	@Test
	void verificationEndpointIsForSystemAdministratorsOnly() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		mvc.perform(get("/api/v1/audit/verify").with(as(admin))).andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(true));
		String agencyAdmin = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		mvc.perform(get("/api/v1/audit/verify").with(as(agencyAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/events").with(as(agencyAdmin))).andExpect(status().isForbidden());
	}

	@Test
	void entriesRecordWhoAndFromWhere() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String dept = fixtures.department();
		String clerk = fixtures.official(dept, Role.CLERK);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/officials/" + clerk + "/reset-password").with(as(admin))
				.with(r -> { r.setRemoteAddr("203.0.113.7"); return r; }))
				.andExpect(status().isOk());
		Map<String, Object> entry = jdbc.sql("select * from audit_event where action = 'official.password-reset' and target_id = ?")
				.param(clerk).query().singleRow();
		assertThat(entry.get("actor_name")).isEqualTo(admin);
		assertThat(entry.get("client_ip")).isEqualTo("203.0.113.7");
		assertThat(entry.get("actor_id")).isNotNull();
	}
}
