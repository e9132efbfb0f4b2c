package vn.tinhso.feedback.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Issuing, listing, revoking and checking Open311 API keys; issuing and revoking are audited. */
@Service
public class ClientKeys {

	private static final String COLUMNS = "id, name, active, created_at, revoked_at";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	ClientKeys(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A new client with the key it must send as {@code api_key}, shown only now. */
	public record Issued(ApiClient client, String apiKey) {
	}

	@Transactional
	public Issued issue(String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 200) {
			throw DomainException.invalidFields(List.of(n.isEmpty() ? new FieldProblem("name", "value.required")
					: new FieldProblem("name", "value.too-long", 200)));
		}
		String key = KeyHashes.generate();
		long id = jdbc.sql("insert into feedback_api_key (name, key_hash) values (?, ?) returning id")
				.params(n, KeyHashes.hash(key)).query(Long.class).single();
		audit.record("feedback.api-key.issue", "feedback_api_key", String.valueOf(id), "name=" + n);
		return new Issued(find(id).orElseThrow(), key);
	}

	@Transactional
	public ApiClient revoke(long id) {
		int changed = jdbc.sql("update feedback_api_key set active = false, revoked_at = now() where id = ? and active")
				.param(id).update();
		ApiClient client = find(id).orElseThrow(() -> DomainException.notFound("feedback.api-key.not-found", id));
		if (changed == 1) {
			audit.record("feedback.api-key.revoke", "feedback_api_key", String.valueOf(id), "name=" + client.name());
		}
		return client;
	}

	public List<ApiClient> all() {
		return jdbc.sql("select " + COLUMNS + " from feedback_api_key order by id").query(ClientKeys::row).list();
	}

	public Optional<ApiClient> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from feedback_api_key where id = ?").param(id).query(ClientKeys::row).optional();
	}

	/** The active client holding this key, if any. */
	public Optional<ApiClient> check(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from feedback_api_key where key_hash = ? and active")
				.param(KeyHashes.hash(key.strip())).query(ClientKeys::row).optional();
	}

	private static ApiClient row(ResultSet rs, int i) throws SQLException {
		return new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
	}
}
