/*
 * Mixed load with faults against TinhSo, then an automatic check that nothing acknowledged was lost.
 * Single-file program (JDK 17+, java.net.http); the PostgreSQL driver on the class path for the checks:
 *
 *   java -cp <postgresql driver jar> bench/FaultLoad.java --base http://localhost:18080 \
 *        --db-url jdbc:postgresql://localhost:15432/tinhso --pg-data <work>/data/pg --smtp-port 12525 \
 *        [--seconds 120] [--threads 12] [--warm-up 20] [--kill-at 0.3] [--db-restart-at 0.65] [--db-restarts 1] \
 *        [--grace 240] [--codes codes.txt] [--ack-log acks.log] [--app-log app.log] [--pid-file app.pid] \
 *        [--smtp-delay-ms 100] \
 *        -- java <jvm flags> -jar tinhso.jar
 *
 * It starts a tiny SMTP sink, then the application (the command after "--", with the environment it
 * was given: point SPRING_MAIL_HOST/SPRING_MAIL_PORT at the sink), and runs client threads for
 * --seconds: citizens submit dossiers online and look dossiers up by code, one-stop officers, specialists,
 * leaders and clerks of three demo agencies take each submitted dossier through its whole process,
 * the public reads the procedure catalogue and the field-report map, citizens send field reports,
 * officers read their inbox. Every request answered with a success status is written to the ack log.
 * At --kill-at (a fraction of the run) the application is killed with SIGKILL and started again on
 * the same data directory; at --db-restart-at PostgreSQL is restarted (pg_ctl restart -m fast) under
 * the running application (--db-restarts times, each once the service has recovered from the last).
 * Clients retry on connection errors, 429, 502–504 and 500 (after Retry-After or a capped exponential
 * back-off); submissions carry an Idempotency-Key and actions an If-Match, so a retry never acts twice.
 *
 * Afterwards, over JDBC: every acknowledged dossier, field report and action is there, each touched
 * dossier's history is one unbroken chain ending in its current state, codes are unique and the daily
 * sequences of the days written have no gap; no event publication is left incomplete longer than
 * --grace seconds; the sink received the applicant's e-mail for every acknowledged step that notifies.
 * Prints throughput and p50/p99 per request kind, errors by kind and phase, the recovery time after
 * each fault, the peak RSS of the application, PASS/FAIL per check, and a final "RESULT " line; exits 1
 * when a check fails.
 */

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FaultLoad {

	static final String PASSWORD = "TinhSo@2026";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
	static final Pattern STATUS = Pattern.compile("\"status\":(\\d+)");
	static final Pattern STEP_ROLE = Pattern.compile("\"stepRole\":\"([A-Z_]+)\"");
	static final Pattern DOSSIER_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");
	static final Pattern REPORT_CODE = Pattern.compile("PA-\\d{6}-\\d+");
	static final List<String> CATALOGUE_WORDS = List.of("khai sinh", "ket hon", "giay phep", "dat dai", "chung thuc",
			"ly lich tu phap", "xay dung", "ho tich", "kinh doanh", "");

	/** A demo agency with a procedure citizens may submit online and the officials of each role. */
	record Scenario(String agency, String procedure, List<String> papers, Map<String, String> staff) {
	}

	static final List<Scenario> SCENARIOS = List.of(
			new Scenario("000.01.40.H27", "1.001193.000.00.00.H27", List.of("TP1", "TP2"), Map.of("ONE_STOP_OFFICER",
					"tranducanh", "SPECIALIST", "phamthithuhuyen", "LEADER", "levanhung", "CLERK", "nguyenthiminhnguyet")),
			new Scenario("000.00.03.H27", "2.000488.000.00.00.H27", List.of("TP1", "TP2"), Map.of("ONE_STOP_OFFICER",
					"vudinhnam", "SPECIALIST", "lethithutrang", "LEADER", "phamvanlong", "CLERK", "hoangthiyen")),
			new Scenario("000.00.07.H27", "1.012965.000.00.00.H27", List.of("TP1", "TP3"), Map.of("ONE_STOP_OFFICER",
					"nguyenthingocanh", "SPECIALIST", "lyvankhanh", "LEADER", "ngoducthang", "CLERK", "dothithanhhuong")));
	/** The demo citizens (all with an e-mail address) and places inside demo wards for field reports. */
	static final List<String> CITIZENS = List.of("027090001234", "024195004321", "027301005678");
	static final double[][] PLACES = { { 21.183, 106.062 }, { 21.190, 106.030 }, { 21.160, 106.055 } };

	static Map<String, String> opts;
	static String base;
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
	static final Stats STATS = new Stats();
	static final AckLog ACKS = new AckLog();
	static final Faults FAULTS = new Faults();
	static volatile boolean running = true;
	static volatile long retryBudgetNanos = TimeUnit.SECONDS.toNanos(120);

	public static void main(String[] args) throws Exception {
		int split = Arrays.asList(args).indexOf("--");
		if (split < 0) {
			throw new IllegalArgumentException("The application's command goes after --");
		}
		opts = new HashMap<>(Map.of("--seconds", "120", "--threads", "12", "--warm-up", "20", "--kill-at", "0.3",
				"--db-restart-at", "0.65", "--grace", "240", "--ack-log", "acks.log", "--app-log", "app.log"));
		for (int i = 0; i + 1 < split; i += 2) {
			opts.put(args[i], args[i + 1]);
		}
		base = opts.getOrDefault("--base", "http://localhost:8080").replaceAll("/+$", "");
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(URI.create(base).getHost())) {
			throw new IllegalArgumentException("Only a local TinhSo is loaded: " + base);
		}
		Smtp smtp = new Smtp(Integer.parseInt(opts.getOrDefault("--smtp-port", "12525")),
				Long.parseLong(opts.getOrDefault("--smtp-delay-ms", "100")));
		smtp.start();
		App app = new App(List.of(args).subList(split + 1, args.length), Path.of(opts.get("--app-log")),
				opts.get("--pid-file"));
		ACKS.open(Path.of(opts.get("--ack-log")));
		List<String> sampleCodes = opts.containsKey("--codes") && Files.exists(Path.of(opts.get("--codes")))
				? Files.readAllLines(Path.of(opts.get("--codes"))) : List.of();
		Traffic traffic = new Traffic(sampleCodes);
		int exit = 1;
		java.time.Instant runStart = java.time.Instant.now();
		try {
			System.out.printf("Starting the application (SMTP sink on :%d)…%n", smtp.port);
			app.start();
			System.out.printf("ready in %.1f s%n", app.awaitReady(300) / 1e9);
			app.sampleMemory();

			int warmUp = Integer.parseInt(opts.get("--warm-up"));
			if (warmUp > 0) {
				System.out.printf("Warming up for %d s…%n", warmUp);
				traffic.signIn();
				runFor(traffic, Integer.parseInt(opts.get("--threads")), warmUp, null);
				STATS.reset();
			}
			int seconds = Integer.parseInt(opts.get("--seconds"));
			long loadStart = System.nanoTime();
			System.out.printf("Load with faults for %d s (%s threads)…%n", seconds, opts.get("--threads"));
			Thread controller = new Thread(() -> injectFaults(app, seconds, loadStart), "faults");
			controller.start();
			runFor(traffic, Integer.parseInt(opts.get("--threads")), seconds, app);
			double elapsed = (System.nanoTime() - loadStart) / 1e9;
			controller.join();
			ACKS.close();

			report(elapsed, app);
			Checks checks = new Checks(opts.get("--db-url"), runStart, smtp, traffic);
			boolean pass = checks.run(Integer.parseInt(opts.get("--grace")));
			app.sampleMemory();
			System.out.printf(Locale.ROOT, "peak RSS of the application: %d MiB (VmHWM of each run: %s)%n",
					app.peakRssKb / 1024, app.hwmKb);
			System.out.printf(Locale.ROOT,
					"RESULT pass=%s requests_per_s=%.1f acked_dossiers=%d acked_actions=%d acked_reports=%d "
							+ "kill_recovery_s=%.1f db_recovery_s=%.1f peak_rss_mib=%d%n",
					pass, STATS.total() / elapsed, ACKS.dossiers.size(), ACKS.actionCount(), ACKS.reports.size(),
					FAULTS.recovery("app kill"), FAULTS.recovery("db restart"), app.peakRssKb / 1024);
			exit = pass ? 0 : 1;
		}
		finally {
			running = false;
			app.stop();
			smtp.stop();
		}
		System.exit(exit);
	}

	/** Runs the traffic on {@code threads} threads for {@code seconds}; samples the app's memory meanwhile. */
	static void runFor(Traffic traffic, int threads, int seconds, App app) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread t = new Thread(() -> {
				while (running && System.nanoTime() < end) {
					traffic.step(end);
				}
			}, "client-" + i);
			t.start();
			workers.add(t);
		}
		while (System.nanoTime() < end) {
			Thread.sleep(1000);
			if (app != null) {
				app.sampleMemory();
			}
		}
		for (Thread t : workers) {
			t.join(TimeUnit.MINUTES.toMillis(3));
		}
	}

	/** Kills and restarts the application, then restarts PostgreSQL, at their fractions of the run. */
	static void injectFaults(App app, int seconds, long loadStart) {
		try {
			double killAt = Double.parseDouble(opts.get("--kill-at"));
			double dbAt = Double.parseDouble(opts.get("--db-restart-at"));
			if (killAt > 0) {
				sleepUntil(loadStart + (long) (killAt * seconds * 1e9));
				app.sampleMemory();
				long pid = app.pid();
				FAULTS.begin("app kill");
				app.kill();
				System.out.printf("[%5.1f s] SIGKILL to the application (pid %d); starting it again%n", since(loadStart), pid);
				app.start();
				double ready = app.awaitReady(300) / 1e9;
				System.out.printf("[%5.1f s] application ready again, %.1f s after the kill%n", since(loadStart),
						FAULTS.sinceBegin("app kill"));
				FAULTS.readyAfter("app kill", ready);
			}
			int restarts = Integer.parseInt(opts.getOrDefault("--db-restarts", "1"));
			long loadEnd = loadStart + TimeUnit.SECONDS.toNanos(seconds);
			for (int i = 0; dbAt > 0 && i < restarts; i++) {
				// Separate faults: the database goes down only once the service has recovered from the last one.
				String previous = i == 0 ? "app kill" : i == 1 ? "db restart" : "db restart " + i;
				while ((i > 0 || killAt > 0) && !FAULTS.recovered(previous) && System.nanoTime() < loadEnd) {
					Thread.sleep(200);
				}
				long at = Math.max(loadStart + (long) (dbAt * seconds * 1e9), System.nanoTime() + TimeUnit.SECONDS.toNanos(i == 0 ? 5 : 8));
				if (at > loadEnd - TimeUnit.SECONDS.toNanos(5)) {
					System.out.printf("[%5.1f s] no time left for database restart %d of %d%n", since(loadStart), i + 1, restarts);
					break; // a fault needs load around it to be measured
				}
				sleepUntil(at);
				String name = i == 0 ? "db restart" : "db restart " + (i + 1);
				FAULTS.begin(name);
				long started = System.nanoTime();
				String out = Database.restart(Path.of(opts.get("--pg-data")));
				System.out.printf("[%5.1f s] PostgreSQL restarted (pg_ctl restart -m fast, %.1f s): %s%n", since(loadStart),
						(System.nanoTime() - started) / 1e9, out.replaceAll("\\s+", " ").strip());
				FAULTS.readyAfter(name, (System.nanoTime() - started) / 1e9);
			}
		}
		catch (Exception e) {
			System.out.println("FAULT INJECTION FAILED: " + e);
			e.printStackTrace(System.out);
		}
	}

	static double since(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	static void report(double seconds, App app) {
		System.out.printf("%nRequests (%.1f s, successful attempts; latency of the attempt that succeeded)%n", seconds);
		System.out.printf("%-22s %8s %8s %9s %9s %9s%n", "request", "ok", "per s", "p50 ms", "p99 ms", "max ms");
		new TreeMap<>(STATS.latencies).forEach((kind, list) -> {
			long[] sorted = sorted(list);
			System.out.printf(Locale.ROOT, "%-22s %8d %8.1f %9.1f %9.1f %9.1f%n", kind, sorted.length, sorted.length / seconds,
					pct(sorted, 50), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
		});
		System.out.printf(Locale.ROOT, "%-22s %8d %8.1f%n", "all", STATS.total(), STATS.total() / seconds);
		System.out.println("\nFailed attempts by phase and kind (each retried unless 'gave up')");
		if (STATS.errors.isEmpty()) {
			System.out.println("  none");
		}
		new TreeMap<>(STATS.errors).forEach((k, v) -> System.out.printf("  %-60s %6d%n", k, v.get()));
		System.out.println("\nFaults");
		FAULTS.print();
		System.out.printf("%nAcknowledged: %d dossiers submitted, %d actions, %d field reports (ack log %s)%n",
				ACKS.dossiers.size(), ACKS.actionCount(), ACKS.reports.size(), opts.get("--ack-log"));
	}

	static long[] sorted(List<Long> list) {
		long[] a;
		synchronized (list) {
			a = list.stream().mapToLong(Long::longValue).toArray();
		}
		Arrays.sort(a);
		return a;
	}

	static double pct(long[] sorted, int p) {
		return sorted.length == 0 ? Double.NaN
				: sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
	}

	static String first(Pattern p, String text) {
		Matcher m = p.matcher(text);
		return m.find() ? m.group(1) : null;
	}

	// ---------------------------------------------------------------------------------------------------

	/** Latencies per request kind and failed attempts per phase and kind. */
	static final class Stats {
		final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
		final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

		void ok(String kind, long nanos) {
			latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
		}

		void error(String kind, String what) {
			errors.computeIfAbsent(FAULTS.phase() + " | " + kind + ": " + what, k -> new AtomicLong()).incrementAndGet();
		}

		long total() {
			return latencies.values().stream().mapToLong(List::size).sum();
		}

		void reset() {
			latencies.clear();
			errors.clear();
		}
	}

	/** When each fault happened, when the application answered again and when the first write succeeded. */
	static final class Faults {
		record Fault(long begin, AtomicLong firstSuccess, AtomicLong firstWrite, double[] ready) {
		}

		final Map<String, Fault> faults = new ConcurrentHashMap<>();
		final List<String> order = new CopyOnWriteArrayList<>();

		void begin(String name) {
			faults.put(name, new Fault(System.nanoTime(), new AtomicLong(), new AtomicLong(), new double[] { Double.NaN }));
			order.add(name);
		}

		void readyAfter(String name, double seconds) {
			faults.get(name).ready()[0] = seconds;
		}

		double sinceBegin(String name) {
			return (System.nanoTime() - faults.get(name).begin()) / 1e9;
		}

		/** The fault the service has not recovered from yet (no write has succeeded since), or "steady". */
		String phase() {
			for (int i = order.size() - 1; i >= 0; i--) {
				if (faults.get(order.get(i)).firstWrite().get() == 0) {
					return order.get(i);
				}
			}
			return "steady";
		}

		boolean recovered(String name) {
			Fault f = faults.get(name);
			return f != null && f.firstWrite().get() != 0;
		}

		/** A request that started after a fault succeeded: the service has recovered from that fault. */
		void succeeded(long startedAt, boolean write) {
			for (Fault f : faults.values()) {
				if (startedAt >= f.begin()) {
					long now = System.nanoTime();
					f.firstSuccess().compareAndSet(0, now);
					if (write) {
						f.firstWrite().compareAndSet(0, now);
					}
				}
			}
		}

		double recovery(String name) {
			Fault f = faults.get(name);
			return f == null || f.firstWrite().get() == 0 ? Double.NaN : (f.firstWrite().get() - f.begin()) / 1e9;
		}

		void print() {
			for (String name : order) {
				Fault f = faults.get(name);
				System.out.printf(Locale.ROOT,
						"  %-11s first success after %5.1f s, first acknowledged write after %5.1f s (%s %.1f s)%n", name,
						f.firstSuccess().get() == 0 ? Double.NaN : (f.firstSuccess().get() - f.begin()) / 1e9,
						f.firstWrite().get() == 0 ? Double.NaN : (f.firstWrite().get() - f.begin()) / 1e9,
						name.equals("app kill") ? "application ready after" : "pg_ctl took", f.ready()[0]);
			}
			if (order.isEmpty()) {
				System.out.println("  none injected");
			}
		}
	}

	/** Every success, in memory (for the checks) and in the ack log (one line each, flushed). */
	static final class AckLog {
		final Map<String, List<String>> dossiers = new ConcurrentHashMap<>(); // code -> acknowledged actions in order
		final Set<String> reports = ConcurrentHashMap.newKeySet();
		private PrintWriter out;

		void open(Path file) throws IOException {
			out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING));
		}

		synchronized void write(String line) {
			if (out != null) {
				out.println(System.currentTimeMillis() + " " + line);
				out.flush();
			}
		}

		void dossierSubmitted(String code) {
			dossiers.put(code, Collections.synchronizedList(new ArrayList<>(List.of("SUBMIT"))));
			write("DOSSIER " + code + " SUBMIT 1");
		}

		void action(String code, String action, int status) {
			dossiers.get(code).add(action);
			write("DOSSIER " + code + " " + action + " " + status);
		}

		void report(String code) {
			reports.add(code);
			write("REPORT " + code + " SUBMIT");
		}

		long actionCount() {
			return dossiers.values().stream().mapToLong(l -> l.size() - 1).sum();
		}

		synchronized void close() {
			if (out != null) {
				out.close();
				out = null;
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------

	/** A dossier being taken through its process by the clients; only one client works on it at a time. */
	static final class Tracked {
		final String code;
		final Scenario scenario;
		final String citizen;
		int status;
		String stepRole;
		String etag; // the version last read: a retried action cannot be applied twice

		Tracked(String code, Scenario scenario, String citizen, int status, String stepRole) {
			this.code = code;
			this.scenario = scenario;
			this.citizen = citizen;
			this.status = status;
			this.stepRole = stepRole;
		}
	}

	/** The mixed workload: one weighted step per call. */
	static final class Traffic {
		final List<String> sampleCodes;
		final ConcurrentLinkedQueue<Tracked> work = new ConcurrentLinkedQueue<>();
		final List<String> recent = new CopyOnWriteArrayList<>();

		Traffic(List<String> sampleCodes) {
			this.sampleCodes = sampleCodes;
		}

		/** Each account pays its password check once before anything is timed. */
		void signIn() {
			for (String c : CITIZENS) {
				call("sign-in", () -> get("/api/v1/dossiers/mine?size=1", c), false);
			}
			for (Scenario s : SCENARIOS) {
				for (String u : s.staff().values()) {
					call("sign-in", () -> get("/api/v1/dossiers/inbox?size=1", u), false);
				}
			}
		}

		void step(long end) {
			int r = ThreadLocalRandom.current().nextInt(100);
			if (r < 10) {
				submitDossier();
			}
			else if (r < 45) {
				if (!act()) {
					lookup();
				}
			}
			else if (r < 65) {
				lookup();
			}
			else if (r < 77) {
				String q = CATALOGUE_WORDS.get(ThreadLocalRandom.current().nextInt(CATALOGUE_WORDS.size()));
				call("GET catalogue", () -> get("/api/v1/procedures?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null),
						false);
			}
			else if (r < 85) {
				call("GET report map", () -> get("/feedback/map.json" + (ThreadLocalRandom.current().nextBoolean() ? "" : "?category=ROAD"),
						null), false);
			}
			else if (r < 92) {
				submitReport();
			}
			else {
				Scenario s = SCENARIOS.get(ThreadLocalRandom.current().nextInt(SCENARIOS.size()));
				call("GET inbox", () -> get("/api/v1/dossiers/inbox?size=20&mine=" + ThreadLocalRandom.current().nextBoolean(),
						s.staff().get("ONE_STOP_OFFICER")), false);
			}
		}

		void submitDossier() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			Scenario s = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
			String citizen = CITIZENS.get(random.nextInt(CITIZENS.size()));
			String key = UUID.randomUUID().toString();
			Multipart form = new Multipart().field("procedureCode", s.procedure()).field("agencyCode", s.agency())
					.field("declared", "true");
			s.papers().forEach(p -> form.file("component-" + p, p.toLowerCase(Locale.ROOT) + ".pdf", PDF));
			Response r = call("POST dossier", () -> form.post("/api/v1/dossiers", citizen).header("Idempotency-Key", key).build(),
					true);
			if (r != null && r.status() == 201) {
				String code = first(CODE, r.body());
				ACKS.dossierSubmitted(code);
				recent.add(code);
				Tracked t = new Tracked(code, s, citizen, Integer.parseInt(first(STATUS, r.body())), first(STEP_ROLE, r.body()));
				t.etag = r.etag();
				work.add(t);
			}
			else {
				failed("POST dossier", r);
			}
		}

		/** One workflow action on a queued dossier; false when none is waiting. */
		boolean act() {
			Tracked t = work.poll();
			if (t == null) {
				return false;
			}
			String role = t.status == 1 || t.status == 9 ? "ONE_STOP_OFFICER" : t.stepRole;
			String action = t.status == 1 ? "RECEIVE" : t.status == 9 ? "RETURN_RESULT" : "LEADER".equals(role) ? "APPROVE" : "HAND_OVER";
			String user = t.scenario.staff().get(role);
			Multipart form = new Multipart();
			if (action.equals("RETURN_RESULT")) {
				form.file("files", "ket-qua.pdf", PDF);
			}
			String ifMatch = t.etag;
			Response r = call("POST " + action, () -> {
				HttpRequest.Builder b = form.post("/api/v1/dossiers/" + t.code + "/actions/" + action, user);
				return (ifMatch == null ? b : b.header("If-Match", ifMatch)).build();
			}, true);
			if (r != null && r.status() == 200) {
				t.status = Integer.parseInt(first(STATUS, r.body()));
				t.stepRole = first(STEP_ROLE, r.body());
				t.etag = r.etag();
				ACKS.action(t.code, action, t.status);
			}
			else {
				if (r == null || r.status() != 409 || !r.retried()) {
					failed("POST " + action, r);
				}
				// A retried action refused as stale (If-Match) was done by the attempt whose answer was lost:
				// read the dossier again and go on from where it is.
				Response now = call("GET dossier", () -> get("/api/v1/dossiers/" + t.code, user), false);
				if (now != null && now.status() == 200) {
					t.status = Integer.parseInt(first(STATUS, now.body()));
					t.stepRole = first(STEP_ROLE, now.body());
					t.etag = now.etag();
				}
			}
			if (t.status != 10) {
				work.add(t);
			}
			return true;
		}

		void lookup() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String code = !recent.isEmpty() && (sampleCodes.isEmpty() || random.nextBoolean())
					? recent.get(random.nextInt(recent.size())) : sampleCodes.isEmpty() ? null : sampleCodes.get(random.nextInt(sampleCodes.size()));
			if (code == null) {
				call("GET catalogue", () -> get("/api/v1/procedures?size=20", null), false);
				return;
			}
			Response r = call("GET lookup", () -> get("/api/v1/lookup/" + code, null), false);
			if (r != null && r.status() != 200) {
				failed("GET lookup", r);
			}
		}

		void submitReport() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			String citizen = CITIZENS.get(random.nextInt(CITIZENS.size()));
			double[] place = PLACES[random.nextInt(PLACES.length)];
			String key = UUID.randomUUID().toString();
			String form = "category=ROAD&description=" + URLEncoder.encode("Mặt đường có ổ gà lớn, nguy hiểm cho người đi xe máy (thử tải)",
					StandardCharsets.UTF_8) + "&lat=" + (place[0] + random.nextDouble(-0.002, 0.002)) + "&lon="
					+ (place[1] + random.nextDouble(-0.002, 0.002));
			Response r = call("POST report", () -> HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback/reports"))
					.timeout(Duration.ofSeconds(30)).header("Authorization", basic(citizen)).header("Idempotency-Key", key)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)).build(), true);
			if (r != null && r.status() == 201) {
				ACKS.report(first(CODE, r.body()));
			}
			else {
				failed("POST report", r);
			}
		}

		void failed(String kind, Response r) {
			if (r != null) {
				STATS.error(kind, "HTTP " + r.status() + " " + problemCode(r.body()));
			}
		}
	}

	static String problemCode(String body) {
		String code = body == null ? null : first(Pattern.compile("\"code\":\"([a-z][a-z0-9.-]+)\""), body);
		return code == null ? "" : code;
	}

	record Response(int status, String body, boolean retried, String etag) {
	}

	/**
	 * Sends a request until it gets an answer that is not a transient failure: connection errors, 429,
	 * 502–504 and 500 are retried after Retry-After or a capped exponential back-off with jitter, for at most
	 * the retry budget. {@code write}: the request changes data (counts for the recovery of writes). Returns
	 * the last answer, or null when the budget ran out.
	 */
	static Response call(String kind, Supplier<HttpRequest> request, boolean write) {
		long deadline = System.nanoTime() + retryBudgetNanos;
		long backoffMs = 100;
		boolean retried = false;
		while (true) {
			long start = System.nanoTime();
			String failure;
			long retryAfterMs = -1;
			try {
				HttpResponse<String> response = HTTP.send(request.get(), HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				if (status != 429 && status != 500 && status != 502 && status != 503 && status != 504) {
					if (status < 400) {
						STATS.ok(kind, System.nanoTime() - start);
						FAULTS.succeeded(start, write);
					}
					return new Response(status, response.body(), retried, response.headers().firstValue("ETag").orElse(null));
				}
				failure = "HTTP " + status + " " + problemCode(response.body());
				retryAfterMs = response.headers().firstValue("Retry-After").map(FaultLoad::retryAfterMs).orElse(-1L);
			}
			catch (HttpConnectTimeoutException e) {
				failure = "connect timeout";
			}
			catch (HttpTimeoutException e) {
				failure = "request timeout (30 s)";
			}
			catch (ConnectException e) {
				failure = "connection refused";
			}
			catch (IOException e) {
				failure = "connection closed (" + e.getClass().getSimpleName() + ")";
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
			STATS.error(kind, failure);
			if (System.nanoTime() > deadline || !running) {
				STATS.error(kind, "gave up after retries");
				return null;
			}
			long pause = retryAfterMs >= 0 ? retryAfterMs : backoffMs + ThreadLocalRandom.current().nextLong(backoffMs / 2 + 1);
			backoffMs = Math.min(backoffMs * 2, 3000);
			retried = true;
			try {
				Thread.sleep(Math.min(pause, 10_000));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
	}

	static long retryAfterMs(String value) {
		try {
			return Long.parseLong(value.strip()) * 1000;
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	static HttpRequest get(String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return b.build();
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** A multipart/form-data body. */
	static final class Multipart {
		private final String boundary = "----faultload" + UUID.randomUUID();
		private final List<byte[]> parts = new ArrayList<>();

		Multipart field(String name, String value) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart file(String name, String fileName, byte[] content) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			parts.add(content);
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}

		HttpRequest.Builder post(String path, String user) {
			List<byte[]> all = new ArrayList<>(parts);
			all.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			// with its length, as a browser sends a form (an upload of unknown length goes to the heavy lane)
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			all.forEach(body::writeBytes);
			return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
					.header("Authorization", basic(user)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
	}

	// ---------------------------------------------------------------------------------------------------

	/** The application process: started with the given command, killed hard, stopped gently. */
	static final class App {
		final List<String> command;
		final Path log;
		final String pidFile;
		Process process;
		long peakRssKb;
		final List<String> hwmKb = new CopyOnWriteArrayList<>();

		App(List<String> command, Path log, String pidFile) {
			this.command = command;
			this.log = log;
			this.pidFile = pidFile;
		}

		synchronized void start() throws IOException {
			ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			process = pb.start();
			if (pidFile != null) {
				Files.writeString(Path.of(pidFile), Long.toString(process.pid()));
			}
		}

		synchronized long pid() {
			return process.pid();
		}

		/** Nanoseconds until readiness answers 200 (polled every 200 ms). */
		long awaitReady(int timeoutSeconds) throws Exception {
			long start = System.nanoTime();
			long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The application stopped; see " + log);
				}
				try {
					HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
							.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
					if (r.statusCode() == 200) {
						return System.nanoTime() - start;
					}
				}
				catch (IOException e) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			throw new IllegalStateException("Not ready after " + timeoutSeconds + " s; see " + log);
		}

		/** SIGKILL: no shutdown hook, no graceful drain; the embedded PostgreSQL is left running, orphaned. */
		void kill() throws InterruptedException {
			Process p;
			synchronized (this) {
				p = process;
			}
			sampleMemory();
			p.destroyForcibly();
			p.waitFor(30, TimeUnit.SECONDS);
		}

		/** SIGTERM and wait: the application drains and stops its PostgreSQL. */
		void stop() throws InterruptedException {
			Process p;
			synchronized (this) {
				p = process;
			}
			if (p != null && p.isAlive()) {
				sampleMemory();
				p.destroy();
				if (!p.waitFor(60, TimeUnit.SECONDS)) {
					p.destroyForcibly();
				}
			}
		}

		void sampleMemory() {
			Process p;
			synchronized (this) {
				p = process;
			}
			if (p == null || !p.isAlive()) {
				return;
			}
			try {
				long rss = 0;
				long hwm = 0;
				for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
					if (line.startsWith("VmRSS:")) {
						rss = Long.parseLong(line.replaceAll("\\D", ""));
					}
					else if (line.startsWith("VmHWM:")) {
						hwm = Long.parseLong(line.replaceAll("\\D", ""));
					}
				}
				synchronized (this) {
					peakRssKb = Math.max(peakRssKb, Math.max(rss, hwm));
					String entry = p.pid() + ":" + hwm / 1024 + " MiB";
					hwmKb.removeIf(e -> e.startsWith(p.pid() + ":"));
					hwmKb.add(entry);
				}
			}
			catch (IOException | RuntimeException e) {
				// the process went away between the check and the read
			}
		}
	}

	/** The embedded PostgreSQL cluster, restarted with its own pg_ctl. */
	static final class Database {
		/** pg_ctl restart -m fast on the data directory; pg_ctl refuses root, so as root it runs in a user namespace. */
		static String restart(Path dataDir) throws Exception {
			long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
			Path bin = Path.of("/proc/" + pid + "/exe").toRealPath().getParent();
			List<String> cmd = new ArrayList<>();
			if ("root".equals(System.getProperty("user.name"))) {
				cmd.addAll(List.of("unshare", "-U"));
			}
			cmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "restart", "-m", "fast", "-w",
					"-t", "120", "-l", dataDir.getParent().resolve("pg-restart.log").toString()));
			Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (p.waitFor() != 0) {
				throw new IllegalStateException("pg_ctl restart failed: " + out);
			}
			return out;
		}
	}

	// ---------------------------------------------------------------------------------------------------

	/** A message the sink received. */
	record Mail(String to, String subject, long at) {
	}

	/** A minimal SMTP server that accepts every message and keeps its recipients and decoded subject. */
	static final class Smtp {
		final int port;
		final long delayMs;
		final List<Mail> mails = new CopyOnWriteArrayList<>();
		private ServerSocket server;

		Smtp(int port, long delayMs) {
			this.port = port;
			this.delayMs = delayMs;
		}

		void start() throws IOException {
			server = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
			Thread t = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket s = server.accept();
						Thread c = new Thread(() -> session(s), "smtp-session");
						c.setDaemon(true);
						c.start();
					}
					catch (IOException e) {
						// closed
					}
				}
			}, "smtp");
			t.setDaemon(true);
			t.start();
		}

		void stop() throws IOException {
			if (server != null) {
				server.close();
			}
		}

		private void session(Socket socket) {
			try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
					OutputStream out = socket.getOutputStream()) {
				socket.setSoTimeout(60_000);
				reply(out, "220 faultload SMTP sink");
				List<String> to = new ArrayList<>();
				String line;
				while ((line = in.readLine()) != null) {
					String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
					switch (verb) {
						case "EHLO", "HELO" -> reply(out, "250 faultload");
						case "MAIL" -> {
							to.clear();
							reply(out, "250 OK");
						}
						case "RCPT" -> {
							to.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
							reply(out, "250 OK");
						}
						case "DATA" -> {
							reply(out, "354 end with <CRLF>.<CRLF>");
							List<String> headers = new ArrayList<>();
							boolean inHeaders = true;
							String l;
							while ((l = in.readLine()) != null && !l.equals(".")) {
								if (inHeaders) {
									if (l.isEmpty()) {
										inHeaders = false;
									}
									else if ((l.startsWith(" ") || l.startsWith("\t")) && !headers.isEmpty()) {
										headers.set(headers.size() - 1, headers.get(headers.size() - 1) + l);
									}
									else {
										headers.add(l);
									}
								}
							}
							String subject = headers.stream().filter(h -> h.regionMatches(true, 0, "Subject:", 0, 8))
									.map(h -> decodeHeader(h.substring(8).strip())).findFirst().orElse("");
							for (String r : to) {
								mails.add(new Mail(r, subject, System.nanoTime()));
							}
							if (delayMs > 0) {
								Thread.sleep(delayMs); // a real mail server takes its time: listeners stay in flight longer
							}
							reply(out, "250 queued");
						}
						case "QUIT" -> {
							reply(out, "221 bye");
							return;
						}
						default -> reply(out, "250 OK"); // RSET, NOOP…
					}
				}
			}
			catch (IOException e) {
				// the client went away
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private static void reply(OutputStream out, String line) throws IOException {
			out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		/** RFC 2047 encoded words (=?charset?B|Q?…?=), adjacent ones joined. */
		static String decodeHeader(String value) {
			Matcher m = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=").matcher(value.replaceAll("\\?=\\s+=\\?", "?==?"));
			StringBuilder sb = new StringBuilder();
			while (m.find()) {
				Charset cs = Charset.forName(m.group(1));
				byte[] bytes;
				if (m.group(2).equalsIgnoreCase("B")) {
					bytes = Base64.getDecoder().decode(m.group(3));
				}
				else {
					java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
					String q = m.group(3);
					for (int i = 0; i < q.length(); i++) {
						char c = q.charAt(i);
						if (c == '_') {
							b.write(' ');
						}
						else if (c == '=' && i + 2 < q.length()) {
							b.write(HexFormat.fromHexDigits(q, i + 1, i + 3));
							i += 2;
						}
						else {
							b.write(c);
						}
					}
					bytes = b.toByteArray();
				}
				m.appendReplacement(sb, Matcher.quoteReplacement(new String(bytes, cs)));
			}
			m.appendTail(sb);
			return sb.toString();
		}
	}

	// ---------------------------------------------------------------------------------------------------

	/** The checks over JDBC and over the mails the sink received. */
	static final class Checks {
		final String url;
		final java.time.Instant since; // the dossiers and sequences of this run: written since then
		final Smtp smtp;
		final Traffic traffic;
		final Map<String, Boolean> results = new LinkedHashMap<>();

		Checks(String url, java.time.Instant runStart, Smtp smtp, Traffic traffic) {
			if (url == null || !url.matches("jdbc:postgresql://(localhost|127\\.0\\.0\\.1)(:\\d+)?/.*")) {
				throw new IllegalArgumentException("--db-url jdbc:postgresql://localhost:<port>/<db> is required");
			}
			this.url = url;
			this.since = runStart; // the warm-up writes too
			this.smtp = smtp;
			this.traffic = traffic;
		}

		boolean run(int graceSeconds) throws Exception {
			System.out.println("\nChecks");
			try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
				long drained = awaitOutbox(c, graceSeconds);
				dossiers(c);
				sequences(c);
				reports(c);
				outbox(c, graceSeconds, drained);
				mails();
			}
			results.forEach((name, ok) -> System.out.printf("  %-4s %s%n", ok ? "PASS" : "FAIL", name));
			return results.values().stream().allMatch(b -> b);
		}

		void check(String name, boolean ok, String detail) {
			results.put(name + (detail.isEmpty() ? "" : " (" + detail + ")"), ok);
		}

		/** Waits until no publication is incomplete (at most the grace period); returns the wait in ms. */
		long awaitOutbox(Connection c, int graceSeconds) throws Exception {
			long start = System.nanoTime();
			while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(graceSeconds + 15)) {
				if (count(c, "select count(*) from event_publication where completion_date is null") == 0) {
					break;
				}
				Thread.sleep(500);
			}
			return (System.nanoTime() - start) / 1_000_000;
		}

		void dossiers(Connection c) throws Exception {
			Map<String, List<String>> acked = ACKS.dossiers;
			List<String> codes = new ArrayList<>(acked.keySet());
			int missing = 0;
			int broken = 0;
			int notInHistory = 0;
			int noDelivery = 0;
			List<String> examples = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("""
					select d.code, d.status, d.step_index, (select count(*) from dossier_result_delivery x where x.dossier_id = d.id),
					       e.action, e.from_status, e.to_status, e.from_step, e.to_step
					from dossier d left join dossier_event e on e.dossier_id = d.id
					where d.code = any (?) order by d.code, e.id""")) {
				for (int i = 0; i < codes.size(); i += 1000) {
					List<String> batch = codes.subList(i, Math.min(codes.size(), i + 1000));
					ps.setArray(1, c.createArrayOf("varchar", batch.toArray()));
					Map<String, List<Object[]>> rows = new HashMap<>();
					Map<String, int[]> state = new HashMap<>();
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							String code = rs.getString(1);
							state.put(code, new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) });
							if (rs.getString(5) != null) {
								rows.computeIfAbsent(code, k -> new ArrayList<>()).add(new Object[] { rs.getString(5),
										rs.getObject(6), rs.getInt(7), rs.getObject(8), rs.getInt(9) });
							}
						}
					}
					for (String code : batch) {
						if (!state.containsKey(code)) {
							missing++;
							examples.add(code + " missing");
							continue;
						}
						List<Object[]> events = rows.getOrDefault(code, List.of());
						if (!chained(events, state.get(code))) {
							broken++;
							examples.add(code + " history broken");
						}
						List<String> mine;
						synchronized (acked.get(code)) {
							mine = new ArrayList<>(acked.get(code));
						}
						if (!subsequence(mine, events.stream().map(e -> (String) e[0]).toList())) {
							notInHistory++;
							examples.add(code + " acked " + mine + " history " + events.stream().map(e -> (String) e[0]).toList());
						}
						if (mine.contains("RETURN_RESULT") && state.get(code)[2] == 0) {
							noDelivery++;
						}
					}
				}
			}
			check("every acknowledged dossier is stored", missing == 0, codes.size() + " acknowledged, " + missing + " missing");
			check("each acknowledged dossier's history is one chain ending in its state", broken == 0, broken + " broken");
			check("every acknowledged action is in its dossier's history, in order", notInHistory == 0,
					ACKS.actionCount() + " actions, " + notInHistory + " dossiers lacking some");
			check("every acknowledged result return has its delivery record", noDelivery == 0, noDelivery + " without");
			examples.stream().limit(10).forEach(e -> System.out.println("    " + e));
		}

		/** First SUBMIT from nothing, each step from where the last one left, the last one is the dossier's state. */
		static boolean chained(List<Object[]> events, int[] state) {
			if (events.isEmpty() || !"SUBMIT".equals(events.get(0)[0]) || events.get(0)[1] != null) {
				return false;
			}
			for (int i = 1; i < events.size(); i++) {
				Object[] prev = events.get(i - 1);
				Object[] e = events.get(i);
				if (!(e[1] instanceof Number from) || from.intValue() != (int) prev[2] || !(e[3] instanceof Number fromStep)
						|| fromStep.intValue() != (int) prev[4]) {
					return false;
				}
			}
			Object[] last = events.get(events.size() - 1);
			return (int) last[2] == state[0] && (int) last[4] == state[1];
		}

		static boolean subsequence(List<String> wanted, List<String> actual) {
			int i = 0;
			for (String a : actual) {
				if (i < wanted.size() && wanted.get(i).equals(a)) {
					i++;
				}
			}
			return i == wanted.size();
		}

		void sequences(Connection c) throws Exception {
			check("dossier codes are unique (the unique index is valid)", count(c, """
					select count(*) from pg_index i join pg_class x on x.oid = i.indexrelid
					where x.relname = 'dossier_code_key' and i.indisvalid and i.indisunique""") == 1, "");
			long dupes = count(c, "select count(*) - count(distinct code) from dossier where submitted_at >= ?", since);
			check("no duplicate code among the dossiers of this run", dupes == 0, dupes + " duplicates");
			// Every day an agency received dossiers on during the run: numbers 1..n, no gap, and the counter at n.
			long gaps = count(c, """
					select count(*) from (
					  select s.agency_code, s.day, s.last, count(*) as n, max(substr(d.code, 22)::int) as top
					  from dossier_sequence s
					  join dossier d on d.agency_code = s.agency_code and substr(d.code, 15, 6) = to_char(s.day, 'YYMMDD')
					  where (s.agency_code, s.day) in (select agency_code, (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date
					                                   from dossier where submitted_at >= ?)
					  group by s.agency_code, s.day, s.last) x
					where n <> top or last <> top""", since);
			long days = count(c, """
					select count(distinct (agency_code, (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date))
					from dossier where submitted_at >= ?""", since);
			check("daily sequences of the days written have no gap and end at their counter", gaps == 0,
					days + " agency-days, " + gaps + " with a gap");
		}

		void reports(Connection c) throws Exception {
			List<String> codes = new ArrayList<>(ACKS.reports);
			long found = 0;
			long submitted = 0;
			try (PreparedStatement ps = c.prepareStatement("""
					select count(*), count(*) filter (where exists (select 1 from feedback_event e where e.report_id = r.id
					                                                and e.action = 'SUBMIT'))
					from feedback_report r where r.code = any (?)""")) {
				for (int i = 0; i < codes.size(); i += 1000) {
					ps.setArray(1, c.createArrayOf("varchar", codes.subList(i, Math.min(codes.size(), i + 1000)).toArray()));
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						found += rs.getLong(1);
						submitted += rs.getLong(2);
					}
				}
			}
			check("every acknowledged field report is stored with its SUBMIT history", found == codes.size() && submitted == codes.size(),
					codes.size() + " acknowledged, " + (codes.size() - found) + " missing, " + (found - submitted) + " without history");
		}

		void outbox(Connection c, int graceSeconds, long drainedMs) throws Exception {
			long stale = count(c, "select count(*) from event_publication where completion_date is null and publication_date < now() - "
					+ "make_interval(secs => ?)", graceSeconds);
			long open = count(c, "select count(*) from event_publication where completion_date is null");
			check("no event publication incomplete for longer than " + graceSeconds + " s", stale == 0,
					stale + " stale, " + open + " incomplete now; waited " + drainedMs + " ms for the outbox to drain");
			if (stale > 0) {
				try (PreparedStatement ps = c.prepareStatement("""
						select event_type, status, completion_attempts, count(*), min(publication_date)
						from event_publication where completion_date is null group by 1, 2, 3 order by 4 desc limit 10""");
						ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						System.out.printf("    %s %s attempts=%s: %d since %s%n", rs.getString(1), rs.getString(2), rs.getString(3),
								rs.getLong(4), rs.getTimestamp(5));
					}
				}
			}
		}

		/** The applicant heard about every acknowledged step that notifies (subjects from messages.properties). */
		void mails() throws Exception {
			Properties messages = new Properties();
			try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
				messages.load(r);
			}
			Map<String, Integer> received = new HashMap<>();
			for (Mail m : smtp.mails) {
				received.merge(m.subject(), 1, Integer::sum);
			}
			int expected = 0;
			int missing = 0;
			int duplicated = 0;
			List<String> examples = new ArrayList<>();
			for (var e : ACKS.dossiers.entrySet()) {
				List<String> actions;
				synchronized (e.getValue()) {
					actions = new ArrayList<>(e.getValue());
				}
				for (String action : new java.util.LinkedHashSet<>(actions)) {
					String template = messages.getProperty("notify.dossier." + action + ".subject");
					if (template == null) {
						continue; // internal steps (hand-overs) do not notify the applicant
					}
					expected++;
					int n = received.getOrDefault(template.replace("{0}", e.getKey()), 0);
					if (n == 0) {
						missing++;
						examples.add(e.getKey() + " " + action);
					}
					else if (n > 1) {
						duplicated++;
					}
				}
			}
			String reportTemplate = messages.getProperty("notify.feedback.SUBMIT.subject", "{0}");
			for (String code : ACKS.reports) {
				expected++;
				int n = received.getOrDefault(reportTemplate.replace("{0}", code), 0);
				if (n == 0) {
					missing++;
					examples.add(code + " SUBMIT");
				}
				else if (n > 1) {
					duplicated++;
				}
			}
			check("the applicant's e-mail arrived for every acknowledged step that notifies", missing == 0,
					expected + " expected, " + missing + " missing, " + duplicated + " sent more than once; " + smtp.mails.size()
							+ " mails received");
			examples.stream().limit(10).forEach(x -> System.out.println("    no mail: " + x));
		}

		static long count(Connection c, String sql, Object... params) throws Exception {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					if (params[i] instanceof java.time.Instant instant) {
						ps.setObject(i + 1, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
					}
					else {
						ps.setObject(i + 1, params[i]);
					}
				}
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		}
	}
}
