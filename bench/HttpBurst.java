/*
 * A small, bounded HTTP load client for the TinhSo startup/memory benchmark.
 *
 * Run with the JDK source launcher (no build step, JDK 17+):
 *
 *   java bench/HttpBurst.java --base http://localhost:8080 [--threads 16] [--seconds 20]
 *        [--max-requests 100000] [--timeout-ms 10000] [--user quantri] [--password TinhSo@2026]
 *        [--endpoints 1,2,3,4,5] [--clients 0]
 *
 * Every client thread walks the same fixed mix of requests round-robin (each thread starting at a
 * different entry, so all endpoints are in flight at once) until the time or the request budget is
 * spent. It only ever talks to the loopback interface. Output: a per-endpoint table and one final
 * machine-readable line starting with "RESULT " (key=value pairs) for bench/startup-memory.sh.
 *
 * Overload: answers 503 and 429 (the server's load shedding) are counted apart, with their own
 * latencies and whether they carried Retry-After, so a run far above capacity shows whether the
 * excess was refused fast or left to time out. --clients N spreads the threads over N visitors, each
 * with its own session cookie (the server's per-client share is per session, else per address);
 * 0 (the default) sends no cookie, so every thread is the same client.
 */

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

public class HttpBurst {

	/** One entry of the request mix. */
	record Target(String label, String path, boolean basicAuth) {
	}

	static final List<Target> ALL = List.of(
			new Target("GET /", "/", false),
			new Target("GET /login", "/login", false),
			new Target("GET /directory?q=phu lang", "/directory?q=phu%20lang", false),
			new Target("GET /api/v1/agencies?q=kinh", "/api/v1/agencies?q=kinh", true),
			new Target("GET /actuator/health", "/actuator/health", false));

	/** The mix in use: all of {@link #ALL} unless --endpoints picks some (1-based, e.g. 1,2,3,5). */
	static List<Target> MIX = ALL;

	/** What one client thread saw; merged after the run. */
	static final class Tally {
		final long[][] latencies = new long[MIX.size()][];
		final int[] counts = new int[MIX.size()];
		final int[] errors = new int[MIX.size()];
		final int[] refused503 = new int[MIX.size()];
		final int[] refused429 = new int[MIX.size()];
		final Map<String, Integer> errorKinds = new TreeMap<>();
		long bytes;
		/** Latencies of the 503/429 answers only, and of the 2xx answers only. */
		long[] refusedLatencies = new long[16];
		int refusedCount;
		long[] okLatencies = new long[16];
		int okCount;
		int refusedWithoutRetryAfter;
		int timeouts;

		Tally(int capacityPerTarget) {
			for (int i = 0; i < MIX.size(); i++) {
				latencies[i] = new long[Math.max(16, capacityPerTarget)];
			}
		}

		void record(int target, long nanos, boolean ok, String errorKind) {
			if (counts[target] == latencies[target].length) {
				latencies[target] = Arrays.copyOf(latencies[target], latencies[target].length * 2);
			}
			latencies[target][counts[target]++] = nanos;
			if (ok) {
				if (okCount == okLatencies.length) {
					okLatencies = Arrays.copyOf(okLatencies, okCount * 2);
				}
				okLatencies[okCount++] = nanos;
			}
			else {
				errors[target]++;
				errorKinds.merge(MIX.get(target).label() + " -> " + errorKind, 1, Integer::sum);
			}
		}

		/** A load-shedding answer (already recorded as an error by {@link #record}). */
		void refused(int target, int status, long nanos, boolean retryAfter) {
			if (status == 503) {
				refused503[target]++;
			}
			else {
				refused429[target]++;
			}
			if (refusedCount == refusedLatencies.length) {
				refusedLatencies = Arrays.copyOf(refusedLatencies, refusedCount * 2);
			}
			refusedLatencies[refusedCount++] = nanos;
			if (!retryAfter) {
				refusedWithoutRetryAfter++;
			}
		}
	}

	public static void main(String[] args) throws Exception {
		try {
			run(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println("HttpBurst: " + e.getMessage());
			System.exit(2);
		}
	}

	static void run(String[] args) throws Exception {
		Map<String, String> opts = parse(args);
		URI base = URI.create(required(opts, "base").replaceAll("/+$", ""));
		int threads = Integer.parseInt(opts.getOrDefault("threads", "16"));
		double seconds = Double.parseDouble(opts.getOrDefault("seconds", "20"));
		long maxRequests = Long.parseLong(opts.getOrDefault("max-requests", "100000"));
		long timeoutMs = Long.parseLong(opts.getOrDefault("timeout-ms", "10000"));
		String user = opts.getOrDefault("user", "quantri");
		String password = opts.getOrDefault("password", "TinhSo@2026");
		int clients = Integer.parseInt(opts.getOrDefault("clients", "0"));
		if (opts.containsKey("endpoints")) {
			List<Target> picked = new ArrayList<>();
			for (String n : opts.get("endpoints").split(",")) {
				int i = Integer.parseInt(n.strip());
				if (i < 1 || i > ALL.size()) {
					throw new IllegalArgumentException("--endpoints takes numbers 1.." + ALL.size());
				}
				picked.add(ALL.get(i - 1));
			}
			MIX = List.copyOf(picked);
		}

		checkLoopbackOnly(base);
		if (threads < 1 || threads > 256) {
			throw new IllegalArgumentException("--threads must be 1..256");
		}
		if (seconds <= 0 || seconds > 600) {
			throw new IllegalArgumentException("--seconds must be in (0, 600]");
		}
		if (maxRequests < 1 || maxRequests > 10_000_000) {
			throw new IllegalArgumentException("--max-requests must be 1..10000000");
		}
		if (clients < 0 || clients > threads) {
			throw new IllegalArgumentException("--clients must be 0..threads");
		}

		String basic = "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1) // the app serves plain HTTP/1.1; no h2c upgrade dance
				.connectTimeout(Duration.ofMillis(timeoutMs))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build(); // no cookie handler: every request is a first-time, anonymous-or-Basic visitor
		// One request list per visitor (one list without a cookie when --clients is 0).
		List<List<HttpRequest>> requestsByClient = new ArrayList<>();
		for (int c = 0; c < Math.max(1, clients); c++) {
			List<HttpRequest> requests = new ArrayList<>();
			for (Target t : MIX) {
				HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + t.path()))
						.timeout(Duration.ofMillis(timeoutMs))
						.header("Accept-Encoding", "gzip") // what browsers send; the app has compression on
						.header("User-Agent", "tinhso-bench-HttpBurst")
						.GET();
				if (t.basicAuth()) {
					b.header("Authorization", basic);
				}
				if (clients > 0) {
					b.header("Cookie", "TINHSO_SESSION=" + Base64.getEncoder()
							.encodeToString(("bench-visitor-" + c).getBytes(StandardCharsets.UTF_8)));
				}
				requests.add(b.build());
			}
			requestsByClient.add(requests);
		}

		AtomicLong tickets = new AtomicLong();
		long startNanos = System.nanoTime();
		long deadline = startNanos + (long) (seconds * 1e9);
		int expectedPerTarget = (int) Math.min(maxRequests / threads / MIX.size() + 1, 1 << 16);
		Tally[] tallies = new Tally[threads];
		CountDownLatch done = new CountDownLatch(threads);
		long[] threadEnd = new long[threads];
		for (int i = 0; i < threads; i++) {
			int id = i;
			tallies[id] = new Tally(expectedPerTarget);
			Thread worker = new Thread(() -> {
				try {
					Tally tally = tallies[id];
					List<HttpRequest> requests = requestsByClient.get(id % requestsByClient.size());
					int next = id % MIX.size();
					while (System.nanoTime() < deadline && tickets.incrementAndGet() <= maxRequests) {
						int target = next;
						next = (next + 1) % MIX.size();
						long t0 = System.nanoTime();
						boolean ok;
						String kind = null;
						int status = 0;
						boolean retryAfter = false;
						try {
							HttpResponse<byte[]> response = client.send(requests.get(target),
									HttpResponse.BodyHandlers.ofByteArray());
							tally.bytes += response.body().length;
							status = response.statusCode();
							retryAfter = response.headers().firstValue("Retry-After").isPresent();
							ok = status / 100 == 2;
							if (!ok) {
								kind = "HTTP " + status;
							}
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception e) {
							ok = false;
							kind = e.getClass().getSimpleName();
							if (e instanceof java.net.http.HttpTimeoutException) {
								tally.timeouts++;
							}
						}
						long nanos = System.nanoTime() - t0;
						tally.record(target, nanos, ok, kind);
						if (status == 503 || status == 429) {
							tally.refused(target, status, nanos, retryAfter);
						}
					}
				}
				finally {
					threadEnd[id] = System.nanoTime();
					done.countDown();
				}
			}, "burst-" + i);
			worker.setDaemon(true);
			worker.start();
		}
		// Wait for the workers: the deadline plus one request timeout is the most any of them can take.
		if (!done.await((long) (seconds * 1000) + timeoutMs + 5_000, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			System.err.println("warning: some client threads did not finish in time");
		}
		long endNanos = Arrays.stream(threadEnd).max().orElse(System.nanoTime());
		report(base, threads, clients, seconds, maxRequests, tallies, (endNanos - startNanos) / 1e9);
	}

	private static void report(URI base, int threads, int clients, double seconds, long maxRequests, Tally[] tallies,
			double elapsed) {
		long[] all = new long[0];
		long total = 0;
		long errors = 0;
		long bytes = 0;
		Map<String, Integer> kinds = new TreeMap<>();
		System.out.printf(Locale.ROOT, "HttpBurst: %s, %d threads, %s, %.0f s (max %d requests), took %.2f s%n", base,
				threads, clients == 0 ? "one client (no cookie)" : clients + " visitors (session cookies)", seconds,
				maxRequests, elapsed);
		System.out.printf(Locale.ROOT, "  %-30s %9s %7s %7s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "503",
				"429", "p50 ms", "p99 ms", "max ms");
		long total503 = 0;
		long total429 = 0;
		for (int t = 0; t < MIX.size(); t++) {
			int n = 0;
			int e = 0;
			int r503 = 0;
			int r429 = 0;
			for (Tally tally : tallies) {
				n += tally.counts[t];
				e += tally.errors[t];
				r503 += tally.refused503[t];
				r429 += tally.refused429[t];
			}
			total503 += r503;
			total429 += r429;
			long[] lat = new long[n];
			int pos = 0;
			for (Tally tally : tallies) {
				System.arraycopy(tally.latencies[t], 0, lat, pos, tally.counts[t]);
				pos += tally.counts[t];
			}
			Arrays.sort(lat);
			System.out.printf(Locale.ROOT, "  %-30s %9d %7d %7d %7d %9.1f %9.1f %9.1f%n", MIX.get(t).label(), n, e, r503,
					r429, ms(percentile(lat, 50)), ms(percentile(lat, 99)), ms(n == 0 ? 0 : lat[n - 1]));
			long[] merged = Arrays.copyOf(all, all.length + n);
			System.arraycopy(lat, 0, merged, all.length, n);
			all = merged;
			total += n;
			errors += e;
		}
		long noRetryAfter = 0;
		long timeouts = 0;
		long[] refused = new long[0];
		long[] served = new long[0];
		for (Tally tally : tallies) {
			bytes += tally.bytes;
			tally.errorKinds.forEach((k, v) -> kinds.merge(k, v, Integer::sum));
			noRetryAfter += tally.refusedWithoutRetryAfter;
			timeouts += tally.timeouts;
			refused = concat(refused, tally.refusedLatencies, tally.refusedCount);
			served = concat(served, tally.okLatencies, tally.okCount);
		}
		Arrays.sort(all);
		Arrays.sort(refused);
		Arrays.sort(served);
		double rps = elapsed > 0 ? total / elapsed : 0;
		System.out.printf(Locale.ROOT, "  %-30s %9d %7d %7d %7d %9.1f %9.1f %9.1f%n", "ALL", total, errors, total503,
				total429, ms(percentile(all, 50)), ms(percentile(all, 99)), ms(all.length == 0 ? 0 : all[all.length - 1]));
		System.out.printf(Locale.ROOT, "  served (2xx): %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", served.length,
				ms(percentile(served, 50)), ms(percentile(served, 99)), ms(last(served)));
		System.out.printf(Locale.ROOT,
				"  refused (503 %d + 429 %d): p50 %.1f ms, p99 %.1f ms, max %.1f ms; without Retry-After: %d; timeouts: %d%n",
				total503, total429, ms(percentile(refused, 50)), ms(percentile(refused, 99)), ms(last(refused)),
				noRetryAfter, timeouts);
		System.out.printf(Locale.ROOT, "  throughput %.1f requests/s, %.1f KiB received (gzip where offered)%n", rps,
				bytes / 1024.0);
		kinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  error: %s x %d%n", k, v));
		System.out.printf(Locale.ROOT,
				"RESULT requests=%d errors=%d seconds=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f threads=%d"
						+ " served=%d served_p99_ms=%.1f r503=%d r429=%d refused_p50_ms=%.1f refused_p99_ms=%.1f"
						+ " refused_max_ms=%.1f no_retry_after=%d timeouts=%d clients=%d%n",
				total, errors, elapsed, rps, ms(percentile(all, 50)), ms(percentile(all, 99)),
				ms(all.length == 0 ? 0 : all[all.length - 1]), threads, served.length, ms(percentile(served, 99)), total503,
				total429, ms(percentile(refused, 50)), ms(percentile(refused, 99)), ms(last(refused)), noRetryAfter, timeouts,
				clients);
	}

	private static long[] concat(long[] a, long[] b, int bCount) {
		long[] merged = Arrays.copyOf(a, a.length + bCount);
		System.arraycopy(b, 0, merged, a.length, bCount);
		return merged;
	}

	private static long last(long[] sorted) {
		return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
	}

	/** Nearest-rank percentile of sorted values; 0 when there are none. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	/** Refuses anything but plain http to a loopback address: this tool must never load a real server. */
	static void checkLoopbackOnly(URI base) throws Exception {
		if (!"http".equals(base.getScheme()) || base.getHost() == null) {
			throw new IllegalArgumentException("--base must be http://localhost:<port> (got " + base + ")");
		}
		String host = base.getHost();
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(host.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("refusing target " + host + "; only localhost, 127.0.0.1 or [::1]");
		}
		for (InetAddress a : InetAddress.getAllByName(host)) {
			if (!a.isLoopbackAddress()) {
				throw new IllegalArgumentException(host + " resolves to non-loopback " + a + "; refusing");
			}
		}
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> opts = new TreeMap<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (a.equals("-h") || a.equals("--help")) {
				System.out.println("usage: java bench/HttpBurst.java --base http://localhost:PORT [--threads 16] "
						+ "[--seconds 20] [--max-requests 100000] [--timeout-ms 10000] [--user U] [--password P] "
						+ "[--endpoints 1,2,3,4,5] [--clients N]");
				for (int t = 0; t < ALL.size(); t++) {
					System.out.println("  endpoint " + (t + 1) + ": " + ALL.get(t).label()
							+ (ALL.get(t).basicAuth() ? " (HTTP Basic)" : ""));
				}
				System.exit(0);
			}
			if (!a.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + a);
			}
			String key = a.substring(2);
			String value;
			int eq = key.indexOf('=');
			if (eq >= 0) {
				value = key.substring(eq + 1);
				key = key.substring(0, eq);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("missing value for --" + key);
			}
			if (!List.of("base", "threads", "seconds", "max-requests", "timeout-ms", "user", "password",
					"endpoints", "clients").contains(key)) {
				throw new IllegalArgumentException("unknown option --" + key);
			}
			opts.put(key, value);
		}
		return opts;
	}

	static String required(Map<String, String> opts, String key) {
		String v = opts.get(key);
		if (v == null) {
			throw new IllegalArgumentException("--" + key + " is required (e.g. --base http://localhost:8080)");
		}
		return v;
	}
}
