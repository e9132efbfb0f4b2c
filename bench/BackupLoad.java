/*
 * Writes against a running TinhSo with the demo province while a backup is taken (JDK 17+, no build):
 *
 *   java bench/BackupLoad.java --base http://localhost:8080 --acks acks.tsv --stop-file stop [--threads 4] [--max-seconds 600]
 *
 * Each thread repeats: a demo citizen submits a dossier online with two PDFs whose bytes are unique (so
 * each submission adds new files to the store), then the one-stop officer receives it. Every submission the
 * server acknowledged (201) is appended to --acks as "<epoch ms when the answer arrived>\t<dossier code>";
 * a backup must hold every dossier acknowledged before its snapshot. Runs until --stop-file exists.
 */

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class BackupLoad {

	/** Demo agency, procedure, its mandatory papers and the agency's one-stop officer. */
	record Desk(String agency, String procedure, List<String> papers, String officer) {
	}

	static final List<Desk> DESKS = List.of(
			new Desk("000.01.40.H27", "1.001193.000.00.00.H27", List.of("TP1", "TP2"), "tranducanh"),
			new Desk("000.00.03.H27", "2.000488.000.00.00.H27", List.of("TP1", "TP2"), "vudinhnam"),
			new Desk("000.00.07.H27", "1.012965.000.00.00.H27", List.of("TP1", "TP3"), "nguyenthingocanh"));
	static final List<String> CITIZENS = List.of("027090001234", "024195004321", "027301005678");
	static final String PASSWORD = "TinhSo@2026";
	static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static final AtomicLong SUBMITTED = new AtomicLong();
	static final AtomicLong RECEIVED = new AtomicLong();
	static final AtomicLong REFUSED = new AtomicLong();
	static final AtomicLong ERRORS = new AtomicLong();
	static final AtomicLong FILE_BYTES = new AtomicLong();
	static String base;
	static PrintWriter acks;

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8080", "--threads", "4", "--max-seconds", "600"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i], args[i + 1]);
		}
		base = o.get("--base").replaceAll("/+$", "");
		if (!List.of("localhost", "127.0.0.1", "[::1]").contains(URI.create(base).getHost())) {
			throw new IllegalArgumentException("Only a local TinhSo is loaded: " + base);
		}
		Path stop = Path.of(o.get("--stop-file"));
		acks = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("--acks")), StandardCharsets.UTF_8));
		long end = System.nanoTime() + Long.parseLong(o.get("--max-seconds")) * 1_000_000_000L;
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < Integer.parseInt(o.get("--threads")); i++) {
			Thread t = new Thread(() -> {
				while (!Files.exists(stop) && System.nanoTime() < end) {
					submitAndReceive();
				}
			});
			t.start();
			threads.add(t);
		}
		for (Thread t : threads) {
			t.join();
		}
		acks.close();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(java.util.Locale.ROOT,
				"load: %d dossiers acknowledged (%.1f/s), %d received, %.1f MiB of new files, %d refused (429/503), %d errors in %.0f s%n",
				SUBMITTED.get(), SUBMITTED.get() / seconds, RECEIVED.get(), FILE_BYTES.get() / 1048576.0, REFUSED.get(),
				ERRORS.get(), seconds);
	}

	static void submitAndReceive() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Desk desk = DESKS.get(random.nextInt(DESKS.size()));
		Multipart form = new Multipart().field("procedureCode", desk.procedure()).field("agencyCode", desk.agency())
				.field("declared", "true");
		desk.papers().forEach(p -> form.file("component-" + p, p.toLowerCase() + ".pdf", uniquePdf(random)));
		String body = send(form.post("/api/v1/dossiers", CITIZENS.get(random.nextInt(CITIZENS.size())))
				.header("Idempotency-Key", UUID.randomUUID().toString()).build(), 201);
		if (body == null) {
			return;
		}
		long ackedAt = System.currentTimeMillis();
		Matcher code = CODE.matcher(body);
		if (!code.find()) {
			ERRORS.incrementAndGet();
			return;
		}
		synchronized (acks) {
			acks.println(ackedAt + "\t" + code.group(1));
			acks.flush();
		}
		SUBMITTED.incrementAndGet();
		if (send(new Multipart().post("/api/v1/dossiers/" + code.group(1) + "/actions/RECEIVE", desk.officer()).build(), 200) != null) {
			RECEIVED.incrementAndGet();
		}
	}

	/** A small valid PDF with random bytes in a comment: a new file in the content-addressed store each time. */
	static byte[] uniquePdf(ThreadLocalRandom random) {
		byte[] noise = new byte[2048 + random.nextInt(6144)];
		random.nextBytes(noise);
		byte[] pdf = ("%PDF-1.4\n% " + Base64.getEncoder().encodeToString(noise) + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
				.getBytes(StandardCharsets.US_ASCII);
		FILE_BYTES.addAndGet(pdf.length);
		return pdf;
	}

	static String send(HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == expected) {
				return response.body();
			}
			if (response.statusCode() == 429 || response.statusCode() == 503) {
				REFUSED.incrementAndGet();
				Thread.sleep(200);
			}
			else if (ERRORS.incrementAndGet() <= 5) {
				System.err.println(request.uri().getPath() + " → " + response.statusCode() + " " + response.body());
			}
		}
		catch (IOException e) {
			ERRORS.incrementAndGet();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
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
