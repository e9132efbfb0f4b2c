/*
 * Fills a TinhSo database with synthetic data for benchmarks by running a generator script inside
 * PostgreSQL (bench/generate-dossiers.sql, bench/generate-documents.sql): no rows over the network.
 *
 *   java -cp <postgresql driver jar> bench/SqlGenerator.java --url jdbc:postgresql://localhost:5432/tinhso
 *        [--script bench/generate-dossiers.sql] [--user postgres] [--password ""] [--count 1000000]
 *        [--sample-file samples.txt] [--sample-sql "select code from dossier tablesample system (2) limit 20000"]
 *        [--autocommit true]
 *
 * The database must have the schema and the demo data (start the application once). Refuses any host
 * other than localhost: it writes millions of rows. Prints each statement's rows and time. The script runs
 * in one transaction; VACUUM statements (which cannot run inside one) run after the commit. With
 * --autocommit true each statement commits on its own. Statements end with a semicolon at the end of a
 * line, except inside dollar quotes ($$ … $$: DO blocks and functions). --sample-sql writes its first
 * column to --sample-file, one line a row.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class SqlGenerator {

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new HashMap<>(Map.of("--user", "postgres", "--password", "", "--count", "1000000",
				"--script", "bench/generate-dossiers.sql",
				"--sample-sql", "select code from dossier tablesample system (2) limit 20000"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		String url = opts.get("--url");
		if (url == null || !url.matches("jdbc:postgresql://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*")) {
			System.err.println("--url jdbc:postgresql://localhost:<port>/<db> is required");
			System.exit(2);
		}
		long count = Long.parseLong(opts.get("--count"));
		Path sql = Path.of(opts.get("--script")); // relative to the repository root
		String script = Files.readString(sql).replace(":count", Long.toString(count));
		long started = System.nanoTime();
		try (Connection c = DriverManager.getConnection(url, opts.get("--user"), opts.get("--password"));
				Statement s = c.createStatement()) {
			boolean autocommit = Boolean.parseBoolean(opts.getOrDefault("--autocommit", "false"));
			c.setAutoCommit(autocommit);
			s.execute("set synchronous_commit = off");
			List<String> afterCommit = new ArrayList<>();
			for (String body : statements(script)) {
				if (!autocommit && body.strip().toLowerCase(java.util.Locale.ROOT).startsWith("vacuum")) {
					afterCommit.add(body);
				}
				else if (!body.isBlank()) {
					run(s, body);
				}
			}
			if (!autocommit) {
				c.commit();
			}
			c.setAutoCommit(true);
			for (String body : afterCommit) {
				run(s, body);
			}
			String sample = opts.get("--sample-file");
			if (sample != null) {
				var codes = new StringBuilder();
				try (var rs = s.executeQuery(opts.get("--sample-sql"))) {
					while (rs.next()) {
						codes.append(rs.getString(1)).append('\n');
					}
				}
				Files.writeString(Path.of(sample), codes);
			}
		}
		System.out.printf("RESULT generated=%d seconds=%.1f%n", count, (System.nanoTime() - started) / 1e9);
	}

	private static void run(Statement s, String body) throws java.sql.SQLException {
		long t = System.nanoTime();
		int rows = s.execute(body) ? 0 : s.getUpdateCount();
		System.out.printf("%-60s %9d rows %7.1f s%n", firstLine(body), Math.max(rows, 0), (System.nanoTime() - t) / 1e9);
	}

	/** The script's statements without whole-line comments; a semicolon inside $$ … $$ ends none. */
	static List<String> statements(String script) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inDollarQuote = false;
		for (String line : script.split("\n")) {
			if (!inDollarQuote && line.strip().startsWith("--")) {
				continue;
			}
			inDollarQuote ^= (line.split("\\$\\$", -1).length - 1) % 2 == 1;
			String stripped = line.stripTrailing();
			if (!inDollarQuote && stripped.endsWith(";")) {
				current.append(stripped, 0, stripped.length() - 1).append('\n');
				result.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(line).append('\n');
			}
		}
		result.add(current.toString());
		return result;
	}

	private static String firstLine(String sql) {
		String line = sql.strip().lines().findFirst().orElse("");
		return line.length() > 60 ? line.substring(0, 57) + "..." : line;
	}
}
