/*
 * Fills a TinhSo database with synthetic data for benchmarks by running a generator script inside
 * PostgreSQL (bench/generate-dossiers.sql, bench/generate-documents.sql): no rows over the network.
 *
 *   java -cp <postgresql driver jar> bench/SqlGenerator.java --url jdbc:postgresql://localhost:5432/tinhso
 *        [--script bench/generate-dossiers.sql] [--user postgres] [--password ""] [--count 1000000]
 *        [--sample-file samples.txt] [--sample-sql "select code from dossier tablesample system (2) limit 20000"]
 *
 * The database must have the schema and the demo data (start the application once). Refuses any host
 * other than localhost: it writes millions of rows. Prints each statement's rows and time.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
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
			c.setAutoCommit(false);
			s.execute("set synchronous_commit = off");
			for (String statement : script.split(";\\s*\\n")) {
				String body = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
				if (!body.isBlank()) {
					long t = System.nanoTime();
					int rows = s.executeUpdate(body);
					System.out.printf("%-60s %9d rows %7.1f s%n", firstLine(body), Math.max(rows, 0), (System.nanoTime() - t) / 1e9);
				}
			}
			c.commit();
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

	private static String firstLine(String sql) {
		String line = sql.strip().lines().findFirst().orElse("");
		return line.length() > 60 ? line.substring(0, 57) + "..." : line;
	}
}
