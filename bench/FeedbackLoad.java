/*
 * Field-report workload over HTTP against a running TinhSo with the demo province (JDK 17+, no build):
 *
 *   java bench/FeedbackLoad.java --base http://localhost:8080 [--threads 8] [--seconds 30]
 *        [--map-seconds 20] [--map-threads 4] [--warm-up 30] [--app-pid N] [--db-pid N]
 *
 * Phase 1, lifecycles: each thread repeats what happens to one report, every step through the real
 * HTTP API with HTTP Basic as the demo accounts: a demo citizen sends a report without a photo (form
 * fields, a point in one of the five communes whose officials the demo has, an Idempotency-Key), the
 * IOC operator assigns it (the category routes it to the commune), the commune's leader names the
 * specialist as handler, the specialist resolves it with a public answer, and an anonymous visitor
 * finds it in the public list (commune, category, status RESOLVED, newest first).
 * Phase 2, map: anonymous GET /feedback/map.json as the public map page sends it, with random filters
 * (none, category, status, commune, month, combinations): half are the page's first request (no view:
 * a count per commune), half a view zoomed in on a street (zoom 15 or 16, a box of 0.02° × 0.012° around
 * a random point inside a random demo commune: the newest reports there, at most 500); one request in
 * ten is the public list API with random filters instead. Map requests ask for gzip, as browsers do.
 * With --app-pid (the JVM) and --db-pid (the PostgreSQL postmaster) it also prints the CPU time each
 * side used per lifecycle and per map request (from /proc, Linux): on a machine shared with other work
 * that is steadier than throughput, and 2 000 ms per second divided by it bounds what 2 cores can do.
 * Every account signs in once and --warm-up seconds of lifecycles warm the JIT before anything is timed.
 * The application sheds load: all requests come from one address, and with more than 8 writes in flight
 * it refuses some with 429 or 503 and Retry-After. Like a well-behaved client this one then waits and
 * sends the request again; such refusals are counted, and a request's time runs from its first attempt.
 * Prints requests/s and p50/p99 per request kind, lifecycles/s, errors; a final "RESULT " line.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class FeedbackLoad {

	/** A commune of the demo with its leader and a specialist, and a point well inside its boundary. */
	record Commune(String code, double lat, double lon, String leader, String handler) {
	}

	static final List<Commune> COMMUNES = List.of(
			new Commune("000.01.40.H27", 21.18300, 106.06200, "levanhung", "phamthithuhuyen"),
			new Commune("000.01.41.H27", 21.11589, 105.96147, "duongvantien", "lethingocmai"),
			new Commune("000.01.48.H27", 21.28558, 106.19677, "ngovanson", "tranthilananh"),
			new Commune("000.01.56.H27", 21.33000, 106.83000, "trieuvanthang", "hoangthidung"),
			new Commune("000.07.43.H27", 21.11238, 106.13577, "nguyenvandung", "dangthihoa"));
	static final List<String> CITIZENS = List.of("027090001234", "024195004321", "027301005678");
	static final List<String> OPERATORS = List.of("ioc", "nguyenthiphuongthao");
	static final List<String> CATEGORIES = List.of("ROAD", "FLOODING", "WASTE", "LIGHTING", "ORDER", "HAZARD");
	static final List<String> STATUSES = List.of("SUBMITTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "REJECTED");
	static final String PASSWORD = "TinhSo@2026";
	static final Pattern CODE = Pattern.compile("\"code\":\"(PA-[^\"]+)\"");
	static final Pattern AGENCY_CODE = Pattern.compile("\"agency_code\"\\s*:\\s*\"([^\"]+)\"");
	/** A Polygon feature of GET /api/v1/feedback/boundaries: its outer ring's positions. */
	static final Pattern POLYGON = Pattern.compile("\"geometry\":\\{\"type\":\"Polygon\",\"coordinates\":\\[\\[\\[(.*?)\\]\\]");

	static String base;
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
	static final AtomicLong ERRORS = new AtomicLong();
	static final AtomicLong LIFECYCLES = new AtomicLong();
	static final AtomicLong NOT_FOUND = new AtomicLong();
	static final AtomicLong REFUSED = new AtomicLong();
	static final int MAX_ATTEMPTS = 5;
	static List<String> allCommunes = List.of();
	/** The outer rings of the demo communes' boundaries, as {lon, lat} positions. */
	static List<double[][]> rings = List.of();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8080", "--threads", "8", "--seconds", "30",
				"--map-seconds", "20", "--map-threads", "4", "--warm-up", "30"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		base = o.get("--base").replaceAll("/+$", "");
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(URI.create(base).getHost())) {
			throw new IllegalArgumentException("Only a local TinhSo is loaded: " + base);
		}
		String boundaries = call("boundaries", get("/api/v1/feedback/boundaries", null), 200);
		allCommunes = boundaries == null ? List.of() : AGENCY_CODE.matcher(boundaries).results().map(m -> m.group(1)).distinct().toList();
		rings = boundaries == null ? List.of() : POLYGON.matcher(boundaries).results().map(m -> ring(m.group(1))).toList();
		warmUp(Integer.parseInt(o.get("--warm-up")));
		Cpu cpu = new Cpu(Long.parseLong(o.getOrDefault("--app-pid", "0")), Long.parseLong(o.getOrDefault("--db-pid", "0")));

		double seconds = run(Integer.parseInt(o.get("--threads")), Integer.parseInt(o.get("--seconds")), FeedbackLoad::lifecycle);
		long lifecycles = LIFECYCLES.get();
		report("Lifecycles", seconds);
		System.out.printf(Locale.ROOT, "lifecycles: %d in %.1f s = %.1f per second (not found in the public list: %d)%n",
				lifecycles, seconds, lifecycles / seconds, NOT_FOUND.get());
		cpu.print("lifecycle", lifecycles);
		System.out.println();
		Map<String, List<Long>> lifecycle = new TreeMap<>(LATENCIES);
		LATENCIES.clear();

		cpu = new Cpu(cpu.appPid, cpu.dbPid);
		double mapSeconds = run(Integer.parseInt(o.get("--map-threads")), Integer.parseInt(o.get("--map-seconds")), FeedbackLoad::mapQuery);
		List<Long> map = new ArrayList<>();
		List<Long> firstLoads = new ArrayList<>();
		List<Long> views = new ArrayList<>();
		LATENCIES.forEach((kind, list) -> {
			if (kind.startsWith("GET map")) {
				map.addAll(list);
				(kind.startsWith("GET map view") ? views : firstLoads).addAll(list);
			}
		});
		LATENCIES.put("GET map (every kind)", map);
		LATENCIES.put("GET map first (every filter)", firstLoads);
		LATENCIES.put("GET map view (every filter)", views);
		report("Public map and list", mapSeconds);
		cpu.print("map or list request", map.size() + LATENCIES.getOrDefault("GET public list", List.of()).size());
		List<Long> list = LATENCIES.getOrDefault("GET public list", List.of());
		System.out.printf(Locale.ROOT, "RESULT lifecycles_per_s=%.1f create_p99_ms=%.2f map_per_s=%.1f map_p50_ms=%.2f map_p99_ms=%.2f "
				+ "map_first_p99_ms=%.2f map_view_p99_ms=%.2f list_p50_ms=%.2f list_p99_ms=%.2f errors=%d%n", lifecycles / seconds,
				pct(lifecycle.get("POST create"), 99), map.size() / mapSeconds, pct(map, 50), pct(map, 99), pct(firstLoads, 99),
				pct(views, 99), pct(list, 50), pct(list, 99), ERRORS.get());
		if (lifecycle.isEmpty()) {
			System.exit(1);
		}
	}

	/** Signs every account in once (one Argon2 check each), then runs untimed lifecycles while the JIT compiles. */
	static void warmUp(int seconds) throws InterruptedException {
		List<String> users = new ArrayList<>(CITIZENS);
		users.addAll(OPERATORS);
		COMMUNES.forEach(c -> users.addAll(List.of(c.leader(), c.handler())));
		users.forEach(u -> call("warm-up", get("/api/v1/feedback/reports/mine?size=1", u), 200));
		run(8, seconds, FeedbackLoad::lifecycle);
		LATENCIES.clear();
		LIFECYCLES.set(0);
		NOT_FOUND.set(0);
		ERRORS.set(0);
		REFUSED.set(0);
	}

	/** One report from the citizen's form to its public answer, found again in the public list. */
	static void lifecycle() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Commune c = COMMUNES.get(random.nextInt(COMMUNES.size()));
		String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
		double lat = c.lat() + (random.nextDouble() - 0.5) * 0.008;
		double lon = c.lon() + (random.nextDouble() - 0.5) * 0.008;
		String body = call("POST create", form("/api/v1/feedback/reports", CITIZENS.get(random.nextInt(CITIZENS.size())),
				Map.of("category", category, "description", "Phản ánh thử tải: mặt đường hư hỏng, đề nghị kiểm tra xử lý.",
						"lat", String.format(Locale.ROOT, "%.6f", lat), "lon", String.format(Locale.ROOT, "%.6f", lon)))
				.header("Idempotency-Key", UUID.randomUUID().toString()).build(), 201);
		if (body == null) {
			return;
		}
		String code = first(CODE, body);
		String path = "/api/v1/feedback/reports/" + code + "/actions/";
		if (call("POST ASSIGN", form(path + "ASSIGN", OPERATORS.get(random.nextInt(OPERATORS.size())), Map.of()).build(), 200) == null
				|| call("POST ASSIGN_HANDLER", form(path + "ASSIGN_HANDLER", c.leader(), Map.of("handler", c.handler())).build(), 200) == null
				|| call("POST RESOLVE", form(path + "RESOLVE", c.handler(), Map.of("answer",
						"UBND đã cử người kiểm tra, vá mặt đường và đặt biển cảnh báo.")).build(), 200) == null) {
			return;
		}
		String found = call("GET public search", get("/api/v1/feedback/public/reports?commune=" + c.code() + "&category=" + category
				+ "&status=RESOLVED&size=20", null), 200);
		if (found == null) {
			return;
		}
		if (!found.contains("\"" + code + "\"")) {
			NOT_FOUND.incrementAndGet();
			return;
		}
		LIFECYCLES.incrementAndGet();
	}

	/** One public map (or list) request with random filters, as visitors of the public map page send them. */
	static void mapQuery() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<String, String> q = new LinkedHashMap<>();
		String kind;
		int pick = random.nextInt(100);
		String commune = allCommunes.isEmpty() ? COMMUNES.get(0).code() : allCommunes.get(random.nextInt(allCommunes.size()));
		String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
		String status = STATUSES.get(random.nextInt(STATUSES.size()));
		LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(random.nextInt(36));
		if (pick < 15) {
			kind = "all";
		}
		else if (pick < 30) {
			kind = "category";
			q.put("category", category);
		}
		else if (pick < 45) {
			kind = "status";
			q.put("status", status);
		}
		else if (pick < 65) {
			kind = "commune";
			q.put("commune", commune);
		}
		else if (pick < 75) {
			kind = "commune+category";
			q.put("commune", commune);
			q.put("category", category);
		}
		else if (pick < 85) {
			kind = "month";
			q.put("from", month.toString());
			q.put("to", month.plusMonths(1).minusDays(1).toString());
		}
		else if (pick < 90) {
			kind = "category+status+month";
			q.put("category", category);
			q.put("status", status);
			q.put("from", month.toString());
			q.put("to", month.plusMonths(1).minusDays(1).toString());
		}
		else {
			q.put(random.nextBoolean() ? "commune" : "category", random.nextBoolean() ? commune : category);
			if (random.nextBoolean()) {
				q.put("status", status);
			}
			call("GET public list", get("/api/v1/feedback/public/reports?" + query(q) + "&size=20", null), 200);
			return;
		}
		if (random.nextBoolean() && !rings.isEmpty()) { // zoomed in on a street: the reports in view
			kind = "view, " + kind;
			double[] at = pointIn(rings.get(random.nextInt(rings.size())), random);
			q.put("bbox", String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", at[0] - 0.01, at[1] - 0.006, at[0] + 0.01, at[1] + 0.006));
			q.put("zoom", String.valueOf(15 + random.nextInt(2)));
		}
		else {
			kind = "first, " + kind;
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/feedback/map.json" + (q.isEmpty() ? "" : "?" + query(q))))
				.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").header("Accept-Encoding", "gzip").GET().build();
		long start = System.nanoTime();
		try {
			HttpResponse<Void> response = send(request, HttpResponse.BodyHandlers.discarding());
			LATENCIES.computeIfAbsent("GET map " + kind, k -> Collections.synchronizedList(new ArrayList<>()))
					.add(System.nanoTime() - start);
			if (response.statusCode() != 200 && ERRORS.incrementAndGet() <= 5) {
				System.err.println("GET map " + kind + " → " + response.statusCode());
			}
		}
		catch (Exception e) {
			ERRORS.incrementAndGet();
		}
	}

	/** "lon,lat],[lon,lat…" → positions. */
	static double[][] ring(String positions) {
		return Arrays.stream(positions.split("\\],\\s*\\[")).map(p -> p.split(","))
				.map(p -> new double[] { Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()) })
				.toArray(double[][]::new);
	}

	/** A random point {lon, lat} inside the ring: drawn in its bounding box until one falls inside (ray casting). */
	static double[] pointIn(double[][] ring, ThreadLocalRandom random) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (double[] p : ring) {
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
		double[] at = { (minX + maxX) / 2, (minY + maxY) / 2 };
		for (int attempt = 0; attempt < 100; attempt++) {
			double x = minX + random.nextDouble() * (maxX - minX);
			double y = minY + random.nextDouble() * (maxY - minY);
			boolean inside = false;
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				if ((ring[i][1] > y) != (ring[j][1] > y)
						&& x < ring[i][0] + (y - ring[i][1]) * (ring[j][0] - ring[i][0]) / (ring[j][1] - ring[i][1])) {
					inside = !inside;
				}
			}
			if (inside) {
				return new double[] { x, y };
			}
		}
		return at;
	}

	static String query(Map<String, String> q) {
		return q.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	static HttpRequest get(String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json").GET();
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return b.build();
	}

	static HttpRequest.Builder form(String path, String user, Map<String, String> fields) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", basic(user)).header("Accept", "application/json")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(query(fields)));
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends, times and checks one request, again after Retry-After when the server sheds it (429, 503); the
	 * body on the expected status, else null (counted as an error).
	 */
	static String call(String kind, HttpRequest request, int expected) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
			LATENCIES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
			if (response.statusCode() != expected) {
				if (ERRORS.incrementAndGet() <= 5) {
					System.err.println(kind + " → " + response.statusCode() + " " + response.body());
				}
				return null;
			}
			return response.body();
		}
		catch (Exception e) {
			if (ERRORS.incrementAndGet() <= 5) {
				System.err.println(kind + " → " + e);
			}
			return null;
		}
	}

	static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
		for (int attempt = 1;; attempt++) {
			HttpResponse<T> response = HTTP.send(request, handler);
			if ((response.statusCode() != 429 && response.statusCode() != 503) || attempt == MAX_ATTEMPTS) {
				return response;
			}
			REFUSED.incrementAndGet();
			long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
			Thread.sleep(Math.min(5, Math.max(1, seconds)) * 1000);
		}
	}

	static double run(int threads, int seconds, Runnable work) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long start = System.nanoTime();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread t = new Thread(() -> {
				while (System.nanoTime() < end) {
					work.run();
				}
			});
			t.start();
			workers.add(t);
		}
		for (Thread t : workers) {
			t.join();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	static void report(String phase, double seconds) {
		System.out.printf("%s (%.1f s)%n%-32s %9s %9s %9s %9s%n", phase, seconds, "request", "count", "per s", "p50 ms", "p99 ms");
		new TreeMap<>(LATENCIES).forEach((kind, list) -> System.out.printf(Locale.ROOT, "%-32s %9d %9.1f %9.2f %9.2f%n",
				kind, list.size(), list.size() / seconds, pct(list, 50), pct(list, 99)));
		System.out.println("errors: " + ERRORS.get() + ", refused by the server and sent again: " + REFUSED.getAndSet(0));
	}

	static double pct(List<Long> list, int p) {
		if (list == null || list.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted;
		synchronized (list) {
			sorted = list.stream().mapToLong(Long::longValue).toArray();
		}
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	/** CPU seconds used since creation by the JVM, by PostgreSQL (postmaster and backends) and by this client. */
	static final class Cpu {

		final long appPid;
		final long dbPid;
		private final double app;
		private final double db;
		private final double client;

		Cpu(long appPid, long dbPid) {
			this.appPid = appPid;
			this.dbPid = dbPid;
			this.app = seconds(appPid, false);
			this.db = database(dbPid);
			this.client = seconds(ProcessHandle.current().pid(), false);
		}

		void print(String unit, long count) {
			if (appPid <= 0 || count == 0) {
				return;
			}
			double a = (seconds(appPid, false) - app) * 1000 / count;
			double d = dbPid <= 0 ? 0 : (database(dbPid) - db) * 1000 / count;
			double c = (seconds(ProcessHandle.current().pid(), false) - client) * 1000 / count;
			System.out.printf(Locale.ROOT, "CPU per %s: application %.1f ms, PostgreSQL %.1f ms, this client %.1f ms; "
					+ "2 cores at most %.0f per second for the server alone%n", unit, a, d, c, 2000 / (a + d));
		}

		/** The postmaster with its exited children, and the live backends. */
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

		/** utime + stime (and the reaped children's with {@code children}) in seconds; clock ticks of 1/100 s. */
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

	static String first(Pattern p, String text) {
		Matcher m = p.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("No " + p + " in " + text.substring(0, Math.min(200, text.length())));
		}
		return m.group(1);
	}
}
