/*
 * The floor under every lifecycle benchmark: what the cheapest request of the running TinhSo and the cheapest
 * durable write in its PostgreSQL cost on this machine, in CPU per operation (JDK 17+, no build step; the
 * PostgreSQL JDBC driver on the class path):
 *
 *   java -cp postgresql.jar bench/FloorLoad.java --base http://localhost:18080
 *        --db jdbc:postgresql://localhost:15432/tinhso --app-pid P --db-pid D [--threads 8] [--seconds 20] [--warm-up 20]
 *
 * Three phases, each first warmed up untimed and then timed:
 *   1. public request: GET of one feedback category (answered from memory, a 200-byte JSON object) without a
 *      sign-in: Tomcat, the security filter chain, Spring MVC and Jackson, nothing else;
 *   2. signed-in request: the same with HTTP Basic as a demo citizen: the above plus the sign-in (the password
 *      check is cached after the first request; the account and its roles are read on every request);
 *   3. durable write: on JDBC connections of its own (no HTTP), one transaction = update of a row + insert of a
 *      history row + commit, each thread on its own row, with the server's own durability settings.
 * CPU is read from /proc for the application JVM, PostgreSQL (postmaster, backends, reaped children) and this
 * client. The last lines turn the floors into the most lifecycles per second the machine's cores could give if a
 * lifecycle did nothing but its requests and one durable write per step.
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FloorLoad {

	static final String CITIZEN = "027090001234";
	static final String PASSWORD = "TinhSo@2026";
	static final int CORES = Runtime.getRuntime().availableProcessors();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		String base = o.getOrDefault("--base", "http://localhost:18080");
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(URI.create(base).getHost())) {
			throw new IllegalArgumentException("FloorLoad only talks to this machine: " + base);
		}
		int threads = Integer.parseInt(o.getOrDefault("--threads", "8"));
		int seconds = Integer.parseInt(o.getOrDefault("--seconds", "20"));
		int warmUp = Integer.parseInt(o.getOrDefault("--warm-up", "20"));
		long appPid = Long.parseLong(o.getOrDefault("--app-pid", "0"));
		long dbPid = Long.parseLong(o.getOrDefault("--db-pid", "0"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		String categories = get(http, base + "/api/v1/feedback/categories", null);
		Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(categories);
		if (!code.find()) {
			throw new IllegalStateException("No feedback category in " + categories);
		}
		String url = base + "/api/v1/feedback/categories/" + code.group(1);
		String basic = "Basic " + Base64.getEncoder().encodeToString((CITIZEN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		System.out.printf(Locale.ROOT, "%d threads, %d s warm-up and %d s timed per phase, %d cores%n%n", threads, warmUp, seconds, CORES);

		Phase open = new Phase("public request", t -> () -> get(http, url, null));
		Phase signed = new Phase("signed-in request", t -> () -> get(http, url, basic));
		Floor publicFloor = open.run(threads, warmUp, seconds, appPid, dbPid);
		Floor signedFloor = signed.run(threads, warmUp, seconds, appPid, dbPid);

		String db = o.getOrDefault("--db", "jdbc:postgresql://localhost:15432/tinhso");
		Floor writeFloor;
		try (DurableWrites writes = new DurableWrites(db, threads)) {
			writeFloor = new Phase("durable write", writes::worker).run(threads, Math.min(warmUp, 5), seconds, appPid, dbPid);
		}

		System.out.println();
		bound("dossier lifecycle (7 signed-in requests, 7 durable writes)", 7 * signedFloor.total() + 7 * writeFloor.total(),
				7 * signedFloor.server() + 7 * writeFloor.server());
		bound("field-report lifecycle (4 signed-in + 1 public request, 4 durable writes)",
				4 * signedFloor.total() + publicFloor.total() + 4 * writeFloor.total(),
				4 * signedFloor.server() + publicFloor.server() + 4 * writeFloor.server());
	}

	/** What the floors alone cost per lifecycle, and the most lifecycles per second that leaves the cores. */
	static void bound(String what, double total, double server) {
		System.out.printf(Locale.ROOT, "Floor of a %s: %.2f ms CPU with the client, %.2f ms without; at most %.0f/s "
				+ "(%.0f/s with the client on other cores) before any business logic%n", what, total, server,
				CORES * 1000 / total, CORES * 1000 / server);
	}

	static String get(HttpClient http, String url, String authorization) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
				.header("Accept", "application/json");
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
			}
			return r.body();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(url + ": " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	interface Operation {
		void run() throws Exception;
	}

	/** CPU milliseconds per operation of the application, PostgreSQL and this client. */
	record Floor(double app, double db, double client) {
		double server() {
			return app + db;
		}

		double total() {
			return app + db + client;
		}
	}

	/** One kind of operation, run by every thread back to back; {@code workers} makes each thread's operation. */
	record Phase(String name, IntFunction<Operation> workers) {

		Floor run(int threads, int warmUp, int seconds, long appPid, long dbPid) throws InterruptedException {
			go(threads, warmUp, null);
			List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
			Cpu before = Cpu.now(appPid, dbPid);
			long start = System.nanoTime();
			long count = go(threads, seconds, nanos);
			double wall = (System.nanoTime() - start) / 1e9;
			Floor floor = before.perOperation(Cpu.now(appPid, dbPid), count);
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			System.out.printf(Locale.ROOT, "%-18s %8.0f/s  p50 %5.2f ms  p99 %5.2f ms  CPU per operation: application %.3f ms, "
					+ "PostgreSQL %.3f ms, client %.3f ms%n", name, count / wall, percentile(sorted, 50), percentile(sorted, 99),
					floor.app(), floor.db(), floor.client());
			return floor;
		}

		private long go(int threads, int seconds, List<Long> nanos) throws InterruptedException {
			long until = System.nanoTime() + seconds * 1_000_000_000L;
			AtomicLong done = new AtomicLong();
			List<Thread> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Operation op = workers.apply(t);
				Thread worker = new Thread(() -> {
					List<Long> mine = new ArrayList<>();
					try {
						while (System.nanoTime() < until) {
							long s = System.nanoTime();
							op.run();
							mine.add(System.nanoTime() - s);
						}
					}
					catch (Exception e) {
						throw new IllegalStateException(name + ": " + e, e);
					}
					done.addAndGet(mine.size());
					if (nanos != null) {
						nanos.addAll(mine);
					}
				});
				worker.start();
				running.add(worker);
			}
			for (Thread t : running) {
				t.join();
			}
			return done.get();
		}

		private static double percentile(List<Long> sorted, int p) {
			return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
		}
	}

	/** A scratch schema of one row per thread and a history table, dropped again at the end. */
	static final class DurableWrites implements AutoCloseable {

		private final String url;
		private final List<Connection> connections = new ArrayList<>();

		DurableWrites(String url, int threads) throws Exception {
			this.url = url;
			try (Connection c = connect(); var s = c.createStatement()) {
				s.execute("DROP SCHEMA IF EXISTS bench_floor CASCADE");
				s.execute("CREATE SCHEMA bench_floor");
				s.execute("CREATE TABLE bench_floor.item (id int PRIMARY KEY, status text NOT NULL, version int NOT NULL, "
						+ "changed_at timestamptz NOT NULL)");
				s.execute("CREATE TABLE bench_floor.history (id bigserial PRIMARY KEY, item_id int NOT NULL "
						+ "REFERENCES bench_floor.item, step text NOT NULL, at timestamptz NOT NULL)");
				s.execute("CREATE INDEX ON bench_floor.history (item_id)");
				s.execute("INSERT INTO bench_floor.item SELECT g, 'NEW', 0, now() FROM generate_series(0, " + threads + ") g");
				try (var r = s.executeQuery("SHOW synchronous_commit")) {
					r.next();
					System.out.println("PostgreSQL synchronous_commit = " + r.getString(1));
				}
			}
			for (int t = 0; t < threads; t++) {
				Connection c = connect();
				c.setAutoCommit(false);
				connections.add(c);
			}
		}

		private Connection connect() throws Exception {
			return DriverManager.getConnection(url, "postgres", "");
		}

		Operation worker(int thread) {
			Connection c = connections.get(thread);
			try {
				PreparedStatement update = c.prepareStatement(
						"UPDATE bench_floor.item SET status = ?, version = version + 1, changed_at = now() WHERE id = ?");
				PreparedStatement history = c.prepareStatement(
						"INSERT INTO bench_floor.history (item_id, step, at) VALUES (?, ?, now())");
				return () -> {
					update.setString(1, "STEP");
					update.setInt(2, thread);
					update.executeUpdate();
					history.setInt(1, thread);
					history.setString(2, "STEP");
					history.executeUpdate();
					c.commit();
				};
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public void close() throws Exception {
			for (Connection c : connections) {
				c.close();
			}
			try (Connection c = connect(); var s = c.createStatement()) {
				s.execute("DROP SCHEMA bench_floor CASCADE");
			}
		}
	}

	/** CPU seconds used so far by the application JVM, PostgreSQL (postmaster, backends, reaped children), this client. */
	record Cpu(long appPid, long dbPid, double app, double db, double client) {

		static Cpu now(long appPid, long dbPid) {
			return new Cpu(appPid, dbPid, appPid <= 0 ? 0 : seconds(appPid, false), database(dbPid),
					seconds(ProcessHandle.current().pid(), false));
		}

		Floor perOperation(Cpu after, long count) {
			double n = Math.max(1, count);
			return new Floor((after.app - app) * 1000 / n, (after.db - db) * 1000 / n, (after.client - client) * 1000 / n);
		}

		static double database(long postmaster) {
			if (postmaster <= 0) {
				return 0;
			}
			double total = seconds(postmaster, true);
			try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
				for (var dir : dirs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					String[] f = stat(Long.parseLong(dir.getFileName().toString()));
					if (f != null && Long.parseLong(f[1]) == postmaster) {
						total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
					}
				}
			}
			catch (java.io.IOException e) {
				return 0;
			}
			return total;
		}

		static double seconds(long pid, boolean children) {
			String[] f = stat(pid);
			if (f == null) {
				return 0;
			}
			long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
			if (children) {
				ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
			}
			return ticks / 100.0;
		}

		/** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime ... */
		static String[] stat(long pid) {
			try {
				String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
				return s.substring(s.lastIndexOf(')') + 2).split(" ");
			}
			catch (Exception e) {
				return null;
			}
		}
	}
}
