/*
 * Official-document workload over HTTP against a running TinhSo with the demo province (JDK 17+, no build):
 *
 *   java bench/DocumentLoad.java --base http://localhost:8080 [--threads 8] [--seconds 30]
 *        [--search-seconds 30] [--search-threads 4] [--warm-up 45]
 *
 * Phase 1, issuing: each thread repeats what an office of the provincial People's Committee does for one
 * document: a leader drafts it (multipart PDF) for two departments, sends it to the chairman to sign, the
 * chairman approves, the clerk issues it (number, notation) and it is delivered into both departments'
 * incoming registers. Phase 2, search: the chairman (who sees every document of the province) searches
 * the incoming and outgoing registers for one or two words of the administrative vocabulary, without
 * diacritics. Every account signs in once and --warm-up seconds of issuing warm the JIT first.
 * Prints requests/s and p50/p99 per request kind, documents issued and delivered per second; a final
 * "RESULT " line.
 */

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

public class DocumentLoad {

	static final String AGENCY = "000.00.00.H27";
	static final List<String> RECIPIENTS = List.of("000.00.03.H27", "000.00.07.H27");
	static final String DRAFTER = "tranthithuha";
	static final String SIGNER = "nguyenvanthanh";
	static final String CLERK = "phamthihongnhung";
	static final String PASSWORD = "TinhSo@2026";
	static final List<String> WORDS = List.of("chuyen doi so", "thien tai", "nong thon moi", "thu tuc hanh chinh",
			"an toan giao thong", "chua chay", "tiem chung", "dat dai", "ngan sach", "dau tu cong", "lang nghe",
			"tuyen sinh", "du lich", "don vi hanh chinh", "an toan thuc pham", "kho du lieu");
	/** A real one-page A4 PDF: the chairman's approval signs it, so it must be one a signer can open. */
	static final byte[] PDF = onePagePdf();
	static final Pattern ID = Pattern.compile("\"document\":\\{\"id\":(\\d+)");

	static String base;
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
	static final AtomicLong ERRORS = new AtomicLong();
	static final AtomicLong REFUSED = new AtomicLong();
	static final AtomicLong ISSUED = new AtomicLong();

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8080", "--threads", "8", "--seconds", "30",
				"--search-seconds", "30", "--search-threads", "4", "--warm-up", "45"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		base = o.get("--base").replaceAll("/+$", "");
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(URI.create(base).getHost())) {
			throw new IllegalArgumentException("Only a local TinhSo is loaded: " + base);
		}
		for (String u : List.of(DRAFTER, SIGNER, CLERK)) {
			call("warm-up", get("/api/v1/documents/types", u), 200);
		}
		run(4, Integer.parseInt(o.get("--warm-up")), DocumentLoad::issueOne);
		LATENCIES.clear();
		ISSUED.set(0);
		ERRORS.set(0);
		REFUSED.set(0);

		double seconds = run(Integer.parseInt(o.get("--threads")), Integer.parseInt(o.get("--seconds")), DocumentLoad::issueOne);
		report("Issuing", seconds);
		long issued = ISSUED.get();
		System.out.printf(java.util.Locale.ROOT, "issued: %d in %.1f s = %.1f per second, delivered: %.1f per second%n%n",
				issued, seconds, issued / seconds, issued * RECIPIENTS.size() / seconds);
		LATENCIES.clear();

		double searchSeconds = run(Integer.parseInt(o.get("--search-threads")), Integer.parseInt(o.get("--search-seconds")), () -> {
			ThreadLocalRandom r = ThreadLocalRandom.current();
			String q = WORDS.get(r.nextInt(WORDS.size()));
			String direction = r.nextInt(5) < 3 ? "IN" : "OUT";
			call("GET search", get("/api/v1/documents?direction=" + direction + "&size=20&q="
					+ URLEncoder.encode(q, StandardCharsets.UTF_8), SIGNER), 200);
		});
		report("Search", searchSeconds);
		List<Long> search = LATENCIES.get("GET search");
		System.out.printf(java.util.Locale.ROOT, "RESULT issued_per_s=%.1f delivered_per_s=%.1f search_p50_ms=%.2f search_p99_ms=%.2f errors=%d%n",
				issued / seconds, issued * RECIPIENTS.size() / seconds, pct(search, 50), pct(search, 99), ERRORS.get());
	}

	/** One document from draft to delivery. */
	/** The smallest well-formed PDF with one blank A4 page, its cross-reference offsets computed. */
	static byte[] onePagePdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
		for (int i = 0; i < objects.length; i++) {
			xref.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", pdf.length()));
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int start = pdf.length();
		pdf.append(xref).append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
				.append(start).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static void issueOne() {
		Multipart form = new Multipart().field("agencyCode", AGENCY).field("typeCode", "CV")
				.field("subject", "V/v triển khai chuyển đổi số cấp xã " + UUID.randomUUID());
		RECIPIENTS.forEach(r -> form.field("recipients", r));
		form.file("file", "du-thao.pdf", PDF);
		String body = call("POST draft", form.post("/api/v1/documents/outgoing", DRAFTER).build(), 201);
		if (body == null) {
			return;
		}
		Matcher m = ID.matcher(body);
		if (!m.find()) {
			ERRORS.incrementAndGet();
			return;
		}
		String id = m.group(1);
		if (call("POST submit", post("/api/v1/documents/" + id + "/submit?signer=" + SIGNER, DRAFTER), 200) != null
				&& call("POST review", post("/api/v1/documents/" + id + "/review?approve=true", SIGNER), 200) != null
				&& call("POST issue", post("/api/v1/documents/" + id + "/issue", CLERK), 200) != null) {
			ISSUED.incrementAndGet();
		}
	}

	static HttpRequest get(String path, String user) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", basic(user)).GET().build();
	}

	static HttpRequest post(String path, String user) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build();
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
}
