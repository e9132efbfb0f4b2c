/*
 * Dossier workload over HTTP against a running TinhSo with the demo province (JDK 17+, no build):
 *
 *   java bench/DossierLoad.java --base http://localhost:8080 [--threads 8] [--seconds 30]
 *        [--codes codes.txt] [--lookup-seconds 15] [--lookup-threads 4] [--warm-up 60] [--app-pid P --db-pid D]
 *
 * Phase 1, lifecycles: each thread repeats a full one-stop lifecycle as the demo citizens and officials
 * would: submit online (multipart with a PDF per mandatory paper), receive, hand over through every
 * internal step, approve, return the result with an electronic PDF. Three procedures at three agencies.
 * Phase 2, lookups: public status lookup of codes read from --codes (random order).
 * Phase 3, inbox: the one-stop officer's inbox of Kinh Bắc ward, whole agency and own steps.
 * Every account signs in once and --warm-up seconds of lifecycles warm the JIT before anything is timed.
 * The server sheds load (429/503 with Retry-After); this client then waits and sends the request again.
 * Prints requests/s and p50/p99 per request kind, lifecycles/s, errors; a final "RESULT " line. With the pids of
 * the application JVM and of the PostgreSQL postmaster, also the CPU per timed lifecycle (from /proc) of each.
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DossierLoad {

	record Scenario(String agency, String procedure, List<String> papers, Map<String, String> staff) {
	}

	static final List<Scenario> SCENARIOS = List.of(
			new Scenario("000.01.40.H27", "1.001193.000.00.00.H27", List.of("TP1", "TP2"), Map.of("ONE_STOP_OFFICER",
					"tranducanh", "SPECIALIST", "phamthithuhuyen", "LEADER", "levanhung", "CLERK", "nguyenthiminhnguyet")),
			new Scenario("000.00.03.H27", "2.000488.000.00.00.H27", List.of("TP1", "TP2"), Map.of("ONE_STOP_OFFICER",
					"vudinhnam", "SPECIALIST", "lethithutrang", "LEADER", "phamvanlong", "CLERK", "hoangthiyen")),
			new Scenario("000.00.07.H27", "1.012965.000.00.00.H27", List.of("TP1", "TP3"), Map.of("ONE_STOP_OFFICER",
					"nguyenthingocanh", "SPECIALIST", "lyvankhanh", "LEADER", "ngoducthang", "CLERK", "dothithanhhuong")));
	static final List<String> CITIZENS = List.of("027090001234", "024195004321", "027301005678");
	static final String PASSWORD = "TinhSo@2026";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	static final Pattern STATUS = Pattern.compile("\"status\":(\\d+)");
	static final Pattern STEP_ROLE = Pattern.compile("\"stepRole\":\"([A-Z_]+)\"");
	static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	static String base;
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
	static final AtomicLong ERRORS = new AtomicLong();
	static final AtomicLong REFUSED = new AtomicLong();
	static final AtomicLong LIFECYCLES = new AtomicLong();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8080", "--threads", "8", "--seconds", "30",
				"--lookup-seconds", "15"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		base = o.get("--base").replaceAll("/+$", "");
		String host = URI.create(base).getHost();
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(host)) {
			throw new IllegalArgumentException("Only a local TinhSo is loaded: " + base);
		}
		int threads = Integer.parseInt(o.get("--threads"));
		warmUp(Integer.parseInt(o.getOrDefault("--warm-up", "60")));
		long appPid = Long.parseLong(o.getOrDefault("--app-pid", "0"));
		long dbPid = Long.parseLong(o.getOrDefault("--db-pid", "0"));
		Cpu before = Cpu.now(appPid, dbPid);
		double seconds = run(threads, Integer.parseInt(o.get("--seconds")), DossierLoad::lifecycle);
		Cpu after = Cpu.now(appPid, dbPid);
		long lifecycles = LIFECYCLES.get();
		report("Lifecycles", seconds);
		System.out.printf("lifecycles: %d in %.1f s = %.1f per second%n", lifecycles, seconds, lifecycles / seconds);
		double n = Math.max(1, lifecycles);
		System.out.printf(java.util.Locale.ROOT, "CPU per lifecycle: application %.2f ms, PostgreSQL %.2f ms, client %.2f ms, total %.2f ms%n%n",
				(after.app() - before.app()) * 1000 / n, (after.db() - before.db()) * 1000 / n, (after.client() - before.client()) * 1000 / n,
				(after.app() + after.db() + after.client() - before.app() - before.db() - before.client()) * 1000 / n);
		Map<String, List<Long>> lifecycle = new TreeMap<>(LATENCIES);
		LATENCIES.clear();

		List<String> codes = o.containsKey("--codes") ? Files.readAllLines(Path.of(o.get("--codes"))) : List.of();
		double lookupSeconds = 0;
		if (!codes.isEmpty()) {
			lookupSeconds = run(Integer.parseInt(o.getOrDefault("--lookup-threads", "4")), Integer.parseInt(o.get("--lookup-seconds")), () -> {
				String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
				call("GET lookup", get("/api/v1/lookup/" + code, null), 200);
			});
			report("Public lookups", lookupSeconds);
		}
		Map<String, List<Long>> lookups = new TreeMap<>(LATENCIES);
		LATENCIES.clear();
		double inboxSeconds = run(Integer.parseInt(o.getOrDefault("--lookup-threads", "4")), Integer.parseInt(o.get("--lookup-seconds")), () -> {
			boolean mine = ThreadLocalRandom.current().nextBoolean();
			call(mine ? "GET inbox mine" : "GET inbox agency",
					get("/api/v1/dossiers/inbox?mine=" + mine + "&size=20", "tranducanh"), 200);
		});
		report("Inbox", inboxSeconds);
		System.out.printf(java.util.Locale.ROOT, "RESULT lifecycles_per_s=%.1f lookup_p50_ms=%.2f lookup_p99_ms=%.2f inbox_p50_ms=%.2f inbox_p99_ms=%.2f errors=%d%n",
				lifecycles / seconds, pct(lookups.get("GET lookup"), 50), pct(lookups.get("GET lookup"), 99),
				pct(LATENCIES.get("GET inbox agency"), 50), pct(LATENCIES.get("GET inbox agency"), 99), ERRORS.get());
		if (lifecycle.isEmpty()) {
			System.exit(1);
		}
	}

	/**
	 * Signs every account in once (each first sign-in pays one Argon2 check) and runs lifecycles until the
	 * JIT has compiled the paths: on 2 cores C2 is still busy with Spring's filter chains after 30 s.
	 */
	static void warmUp(int seconds) throws InterruptedException {
		List<String> users = new ArrayList<>(CITIZENS);
		SCENARIOS.forEach(s -> users.addAll(s.staff().values()));
		users.forEach(u -> call("warm-up", get("/api/v1/dossiers/mine", u), 200));
		run(8, seconds, DossierLoad::lifecycle);
		LATENCIES.clear();
		LIFECYCLES.set(0);
		ERRORS.set(0);
		REFUSED.set(0);
	}

	/** One dossier from online submission to returned result. */
	static void lifecycle() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Scenario s = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
		String citizen = CITIZENS.get(random.nextInt(CITIZENS.size()));
		Multipart form = new Multipart().field("procedureCode", s.procedure()).field("agencyCode", s.agency())
				.field("declared", "true");
		s.papers().forEach(p -> form.file("component-" + p, p.toLowerCase() + ".pdf", PDF));
		String body = call("POST submit", form.post("/api/v1/dossiers", citizen)
				.header("Idempotency-Key", UUID.randomUUID().toString()).build(), 201);
		if (body == null) {
			return;
		}
		String code = first(CODE, body);
		for (int step = 0; step < 12; step++) {
			int status = Integer.parseInt(first(STATUS, body));
			if (status == 10) {
				LIFECYCLES.incrementAndGet();
				return;
			}
			String role = status == 1 || status == 9 ? "ONE_STOP_OFFICER" : first(STEP_ROLE, body);
			String action = status == 1 ? "RECEIVE" : status == 9 ? "RETURN_RESULT" : role.equals("LEADER") ? "APPROVE" : "HAND_OVER";
			Multipart act = new Multipart();
			if (action.equals("RETURN_RESULT")) {
				act.file("files", "ket-qua.pdf", PDF);
			}
			body = call("POST " + action, act.post("/api/v1/dossiers/" + code + "/actions/" + action, s.staff().get(role)).build(), 200);
			if (body == null) {
				return;
			}
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

	/** Sends, times and checks one request; the body on the expected status, else null (counted as an error). */
	static String call(String kind, HttpRequest request, int expected) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = send(request);
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
			ERRORS.incrementAndGet();
			return null;
		}
	}

	/**
	 * Sends a request, again after Retry-After while the server sheds it (429, 503; at most 5 times), as a
	 * well-behaved client does; a request's time runs from its first attempt and refusals are counted.
	 */
	static HttpResponse<String> send(HttpRequest request) throws Exception {
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if ((response.statusCode() != 429 && response.statusCode() != 503) || attempt == 5) {
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
		System.out.printf("%s (%.1f s)%n%-24s %9s %9s %9s %9s%n", phase, seconds, "request", "count", "per s", "p50 ms", "p99 ms");
		new TreeMap<>(LATENCIES).forEach((kind, list) -> System.out.printf(java.util.Locale.ROOT, "%-24s %9d %9.1f %9.2f %9.2f%n",
				kind, list.size(), list.size() / seconds, pct(list, 50), pct(list, 99)));
		System.out.println("errors: " + ERRORS.get() + ", refused by the server and sent again: " + REFUSED.getAndSet(0));
	}

	static double pct(List<Long> list, int p) {
		if (list == null || list.isEmpty()) {
			return Double.NaN;
		}
		long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	static String first(Pattern p, String text) {
		Matcher m = p.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("No " + p + " in " + text.substring(0, Math.min(200, text.length())));
		}
		return m.group(1);
	}

	/** A multipart/form-data body. */
	static final class Multipart {
		private final String boundary = "----tinhso" + UUID.randomUUID();
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

	/** CPU seconds used so far by the application JVM, PostgreSQL (postmaster, backends, reaped children), this client. */
	record Cpu(long appPid, long dbPid, double app, double db, double client) {

		static Cpu now(long appPid, long dbPid) {
			return new Cpu(appPid, dbPid, appPid <= 0 ? 0 : seconds(appPid, false), database(dbPid),
					seconds(ProcessHandle.current().pid(), false));
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
