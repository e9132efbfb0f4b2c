/*
 * Compares a restored TinhSo with the backup it came from (JDK 17+ and the PostgreSQL driver):
 *
 *   java -cp postgresql.jar bench/BackupCompare.java --manifest backup/manifest.json --url jdbc:postgresql://localhost:15433/tinhso
 *        --store restored/files --source-store data/files --acks acks.tsv --base http://localhost:18081
 *
 * 1. rows per table in the restored database against the manifest;
 * 2. every dossier acknowledged (201) before the backup's snapshot is in the restored database;
 * 3. every file of the restored store hashes to its name, is the source store's file, and there are as many
 *    as the manifest and the restored stored_file rows say;
 * 4. the restored application answers a public lookup of a dossier from the backup.
 * Prints the figures and "RESULT PASS" or "RESULT FAIL" (exit status 1).
 */

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class BackupCompare {

	/**
	 * Tables the restored application itself changes as it starts: events outstanding at the snapshot are
	 * delivered and leave the registry, their notifications are logged, expired sessions are removed.
	 */
	static final Map<String, String> CHANGED_BY_THE_APP = Map.of(
			"event_publication", "<=", "notification_log", ">=", "spring_session", "<=", "spring_session_attributes", "<=");

	static final List<String> FAILURES = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		String manifest = Files.readString(Path.of(o.get("--manifest")));
		Map<String, Long> expected = new LinkedHashMap<>();
		Matcher table = Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"rows\"\\s*:\\s*(\\d+)").matcher(manifest);
		while (table.find()) {
			expected.put(table.group(1), Long.parseLong(table.group(2)));
		}
		long snapshot = OffsetDateTime.parse(find(manifest, "\"snapshotAt\"\\s*:\\s*\"([^\"]+)\"")).toInstant().toEpochMilli();
		long manifestFiles = Long.parseLong(find(manifest, "\"files\"\\s*:\\s*\\{\\s*\"count\"\\s*:\\s*(\\d+)"));

		try (Connection c = DriverManager.getConnection(o.get("--url"), "postgres", "")) {
			compareCounts(c, expected);
			String code = compareAcknowledged(c, Path.of(o.get("--acks")), snapshot);
			compareFiles(c, Path.of(o.get("--store")), Path.of(o.get("--source-store")), manifestFiles);
			lookup(o.get("--base"), code);
		}
		System.out.println(FAILURES.isEmpty() ? "RESULT PASS" : "RESULT FAIL " + FAILURES);
		System.exit(FAILURES.isEmpty() ? 0 : 1);
	}

	static void compareCounts(Connection c, Map<String, Long> expected) throws Exception {
		Set<String> tables = new HashSet<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select tablename from pg_tables where schemaname = current_schema() and tablename <> 'flyway_schema_history'")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		if (!tables.equals(expected.keySet())) {
			fail("tables differ: restored " + new java.util.TreeSet<>(tables) + ", manifest " + expected.keySet());
		}
		long rows = 0;
		int equal = 0;
		for (Map.Entry<String, Long> e : expected.entrySet()) {
			long actual = count(c, "select count(*) from \"" + e.getKey() + "\"");
			rows += actual;
			String allowed = CHANGED_BY_THE_APP.get(e.getKey());
			boolean ok = allowed == null ? actual == e.getValue()
					: allowed.equals("<=") ? actual <= e.getValue() : actual >= e.getValue();
			if (actual == e.getValue()) {
				equal++;
			}
			else if (ok) {
				System.out.printf("  %-32s manifest %8d, restored %8d (changed by the restarted application, as expected)%n",
						e.getKey(), e.getValue(), actual);
			}
			else {
				fail(e.getKey() + ": manifest " + e.getValue() + " rows, restored " + actual);
			}
		}
		System.out.printf("rows: %d tables, %d with exactly the manifest's count, %d rows in all%n", expected.size(), equal, rows);
	}

	/** Every dossier acknowledged before the snapshot must be there; returns one of them. */
	static String compareAcknowledged(Connection c, Path acks, long snapshot) throws Exception {
		Set<String> codes = new HashSet<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code from dossier")) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		long before = 0;
		long after = 0;
		long afterPresent = 0;
		String sample = null;
		for (String line : Files.readAllLines(acks)) {
			String[] f = line.split("\t");
			if (f.length != 2) {
				continue;
			}
			if (Long.parseLong(f[0]) < snapshot) {
				before++;
				sample = f[1];
				if (!codes.contains(f[1])) {
					fail("dossier " + f[1] + " acknowledged before the snapshot is missing");
				}
			}
			else {
				after++;
				afterPresent += codes.contains(f[1]) ? 1 : 0;
			}
		}
		System.out.printf("dossiers: %d acknowledged before the snapshot, all present: %s; %d acknowledged after it (%d of them "
				+ "committed before the snapshot and present)%n", before, FAILURES.stream().noneMatch(m -> m.startsWith("dossier ")),
				after, afterPresent);
		if (before == 0) {
			fail("no dossier was acknowledged before the snapshot: the backup was not taken under load");
		}
		return sample;
	}

	static void compareFiles(Connection c, Path store, Path source, long manifestFiles) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(store)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		long bytes = 0;
		int bad = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			Path original = source.resolve(store.relativize(file));
			if (!sha256(file).equals(name) || !Files.isRegularFile(original) || !sha256(original).equals(name)) {
				bad++;
				fail("file " + name + " differs from its name or from the source store");
			}
			bytes += Files.size(file);
		}
		long rows = count(c, "select count(*) from stored_file");
		System.out.printf("files: %d restored (%.1f MiB), %d with a bad checksum; manifest %d, stored_file rows %d%n", files.size(),
				bytes / 1048576.0, bad, manifestFiles, rows);
		if (files.size() != manifestFiles || rows != manifestFiles) {
			fail("file counts differ: restored " + files.size() + ", manifest " + manifestFiles + ", stored_file rows " + rows);
		}
	}

	static void lookup(String base, String code) throws Exception {
		if (code == null) {
			return;
		}
		HttpResponse<String> r = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(base + "/api/v1/lookup/" + code)).GET().build(), HttpResponse.BodyHandlers.ofString());
		System.out.println("lookup of " + code + " on the restored application: HTTP " + r.statusCode());
		if (r.statusCode() != 200 || !r.body().contains(code)) {
			fail("the restored application does not find dossier " + code + " (" + r.statusCode() + ")");
		}
	}

	static long count(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String sha256(Path file) throws Exception {
		MessageDigest d = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				d.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(d.digest());
	}

	static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("Not in the manifest: " + regex);
		}
		return m.group(1);
	}

	static void fail(String message) {
		if (FAILURES.size() < 20) {
			System.out.println("FAIL: " + message);
		}
		FAILURES.add(message);
	}
}
