package vn.tinhso.exchange.partner;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner table. */
@Repository
public class Partners {

	private static final String COLUMNS = "id, name, organ_patterns, endpoint_url, outbound_api_key, active, created_at";

	private final JdbcClient jdbc;

	Partners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active partner holding this key, if any. */
	public Optional<Partner> byApiKey(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from exchange_partner where api_key_hash = ? and active")
				.param(ApiKeys.hash(key.strip())).query(Partners::partner).optional();
	}

	public Optional<Partner> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from exchange_partner where id = ?").param(id).query(Partners::partner).optional();
	}

	public List<Partner> all() {
		return jdbc.sql("select " + COLUMNS + " from exchange_partner order by name, id").query(Partners::partner).list();
	}

	/** The active partner that delivers to the organ: the one tied to it most closely (the newest among equals). */
	public Optional<Partner> routeFor(String organId) {
		return jdbc.sql("select " + COLUMNS + " from exchange_partner where active").query(Partners::partner).list().stream()
				.filter(p -> p.speaksFor(organId))
				.max(Comparator.<Partner>comparingInt(p -> p.specificity(organId)).thenComparingLong(Partner::id));
	}

	long insert(String name, List<String> patterns, String endpointUrl, String outboundApiKey, String keyHash) {
		return jdbc.sql("""
				insert into exchange_partner (name, organ_patterns, endpoint_url, outbound_api_key, api_key_hash)
				values (?, ?, ?, ?, ?) returning id""")
				.params(name, patterns.toArray(String[]::new), endpointUrl, outboundApiKey, keyHash).query(Long.class).single();
	}

	boolean update(long id, String name, List<String> patterns, String endpointUrl, String outboundApiKey, boolean active) {
		return jdbc.sql("""
				update exchange_partner set name = ?, organ_patterns = ?, endpoint_url = ?,
				       outbound_api_key = coalesce(?, outbound_api_key), active = ?, updated_at = now()
				where id = ?""")
				.params(name, patterns.toArray(String[]::new), endpointUrl, outboundApiKey, active, id).update() == 1;
	}

	boolean replaceKey(long id, String keyHash) {
		return jdbc.sql("update exchange_partner set api_key_hash = ?, updated_at = now() where id = ?")
				.params(keyHash, id).update() == 1;
	}

	private static Partner partner(ResultSet rs, int row) throws SQLException {
		Array patterns = rs.getArray("organ_patterns");
		return new Partner(rs.getLong("id"), rs.getString("name"), List.of((String[]) patterns.getArray()),
				rs.getString("endpoint_url"), rs.getString("outbound_api_key"), rs.getBoolean("active"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
