package vn.tinhso.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What the application's schema (the connection's current schema) holds, read from PostgreSQL's catalog. */
final class Catalog {

	/** Flyway's own table: the restore rebuilds it by migrating, so it is never copied. */
	static final String FLYWAY_TABLE = "flyway_schema_history";
	private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_$]{0,62}$");

	record Table(String name, List<String> columns) {
	}

	private Catalog() {
	}

	/** The schema's tables with their stored columns (generated ones are recomputed on load), by name. */
	static List<Table> tables(Connection c) throws SQLException {
		List<Table> tables = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("""
				select t.relname, array_agg(a.attname::text order by a.attnum)
				from pg_class t
				join pg_namespace n on n.oid = t.relnamespace
				join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				where n.nspname = current_schema() and t.relkind = 'r' and t.relname <> ?
				  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = t.oid and d.deptype = 'e')
				group by t.relname
				order by t.relname""")) {
			s.setString(1, FLYWAY_TABLE);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					tables.add(new Table(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())));
				}
			}
		}
		return tables;
	}

	/** How many tables, views and sequences the schema holds: 0 for a database nothing was ever restored or migrated into. */
	static long relations(Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("""
				select count(*) from pg_class t join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = current_schema() and t.relkind in ('r', 'p', 'v', 'm', 'S', 'f')""");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The tables in an order where every table comes after the tables its foreign keys point to (a table's
	 * references to itself are checked at the end of its COPY, so they need no order).
	 */
	static List<String> loadOrder(Connection c, Collection<String> tables) throws SQLException {
		Map<String, Set<String>> parents = new TreeMap<>();
		tables.forEach(t -> parents.put(t, new TreeSet<>()));
		try (PreparedStatement s = c.prepareStatement("""
				select distinct child.relname, parent.relname
				from pg_constraint k
				join pg_class child on child.oid = k.conrelid
				join pg_class parent on parent.oid = k.confrelid
				join pg_namespace n on n.oid = child.relnamespace
				where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid""");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				if (parents.containsKey(rs.getString(1)) && parents.containsKey(rs.getString(2))) {
					parents.get(rs.getString(1)).add(rs.getString(2));
				}
			}
		}
		return order(parents);
	}

	/** Kahn's topological sort, alphabetical among equals so that the order is always the same. */
	static List<String> order(Map<String, Set<String>> parents) {
		Map<String, Integer> waitingFor = new HashMap<>();
		parents.forEach((t, ps) -> waitingFor.put(t, ps.size()));
		TreeSet<String> ready = new TreeSet<>();
		waitingFor.forEach((t, n) -> {
			if (n == 0) {
				ready.add(t);
			}
		});
		List<String> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			String next = ready.pollFirst();
			order.add(next);
			parents.forEach((child, ps) -> {
				if (ps.contains(next) && waitingFor.merge(child, -1, Integer::sum) == 0) {
					ready.add(child);
				}
			});
		}
		if (order.size() < parents.size()) {
			Set<String> cycle = new TreeSet<>(parents.keySet());
			cycle.removeAll(order);
			throw new BackupException("Foreign keys between these tables form a cycle, so no load order satisfies them: " + cycle);
		}
		return order;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(Catalog::quote).toList());
	}

	/** Names the backup writes and the restore trusts as file names: no path separators, nothing exotic. */
	static boolean isPlainName(String name) {
		return name != null && PLAIN_NAME.matcher(name).matches();
	}
}
