package vn.tinhso.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of the application's tables, plus a fingerprint of a few watched rows (the objects the
 * fuzz works on, so an update that a refusal should have prevented shows too), in one query. Tables
 * are read from the catalogue, so a new module's tables are watched as well; left out are the ones
 * that legitimately change on a refusal or in the background.
 */
final class TableCounts {

	/**
	 * Sessions, the Flyway history, the event publication registry and the notification log (written
	 * after commit, in the background), rate-limit hits (a refused attempt still counts against the
	 * limit), and pending chat messages and unconfirmed guest reports (cleaned up on a schedule).
	 */
	static final Set<String> BOOKKEEPING = Set.of("spring_session", "spring_session_attributes", "flyway_schema_history",
			"event_publication", "event_publication_archive", "notification_log", "feedback_rate_hit",
			"feedback_chat_pending", "feedback_unconfirmed");

	private final JdbcClient jdbc;
	private final List<String> queries = new ArrayList<>();
	private final List<Object> params = new ArrayList<>();

	TableCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("""
				select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				order by 1""").query(String.class).list().stream()
				.filter(t -> !BOOKKEEPING.contains(t.substring(t.indexOf('.') + 1).replace("\"", "")))
				.forEach(t -> queries.add("select '" + t + "', count(*) from " + t));
	}

	/** Also fingerprints the row of {@code table} whose {@code column} is {@code value}. */
	TableCounts watch(String table, String column, Object value) {
		queries.add("select '" + table + " " + column + "=" + value + "', hashtext(coalesce((select t::text from " + table
				+ " t where " + column + " = ?), ''))::bigint");
		params.add(value);
		return this;
	}

	Map<String, Long> now() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(queries.stream().collect(Collectors.joining(" union all "))).params(params)
				.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((what, n) -> {
			Long was = before.get(what);
			if (!n.equals(was)) {
				changed.add(what.contains("=") ? "row " + what + " changed" : what + " rows " + was + " → " + n);
			}
		});
		return changed;
	}
}
