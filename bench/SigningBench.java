import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhSoApplication;
import vn.tinhso.signing.PdfSigning;
import vn.tinhso.signing.PdfVerification;
import vn.tinhso.signing.SignaturePlace;

/**
 * Signatures per second through the signing module's public API, inside a running TinhSo (embedded
 * PostgreSQL, demo province, demo certificates): a leader's visible signature, the agency's seal over
 * it, an attachment's signature, and verification of the sealed result. PAdES baseline B (no
 * timestamp authority configured). Run by bench/signing-bench.sh, which puts the application's
 * classes on the class path.
 *
 *   java -cp <app classes and libraries> bench/SigningBench.java [threads] [seconds per workload]
 */
public class SigningBench {

	public static void main(String[] args) throws Exception {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		ConfigurableApplicationContext app = SpringApplication.run(TinhSoApplication.class, "--server.port=0");
		try {
			PdfSigning signing = app.getBean(PdfSigning.class);
			PdfVerification verification = app.getBean(PdfVerification.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			// A demo leader and the agency they lead: both get demo certificates on first use.
			var leader = jdbc.sql("""
					select r.account_id, a.code from official_role r join agency a on a.id = r.agency_id
					where r.role = 'LEADER' order by a.path limit 1""")
					.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
			long accountId = (Long) leader[0];
			String agency = (String) leader[1];
			byte[] text = samplePdf(2);
			SignaturePlace place = SignaturePlace.defaultBlock();
			byte[] signedOnce = signing.signAsOfficial(accountId, text, place, "CHỦ TỊCH");
			byte[] sealed = signing.sealAsAgency(agency, signedOnce, place);
			System.out.printf("Signer: account %d, agency %s; PDF %d bytes, signed %d, sealed %d bytes%n", accountId, agency,
					text.length, signedOnce.length, sealed.length);

			System.out.println("Warming up (" + seconds + " s)…");
			run(threads, seconds, pdf -> signing.signAsOfficial(accountId, pdf, place, "CHỦ TỊCH"), text);

			List<String> lines = new ArrayList<>();
			lines.add(run(threads, seconds, pdf -> signing.signAsOfficial(accountId, pdf, place, "CHỦ TỊCH"), text)
					.line("leader signature (visible, image)"));
			lines.add(run(threads, seconds, pdf -> signing.sealAsAgency(agency, pdf, place), signedOnce)
					.line("agency seal (visible, over the leader's)"));
			lines.add(run(threads, seconds, pdf -> signing.signAttachment(agency, pdf, "15/QĐ-UBND"), text)
					.line("attachment signature (top-right text)"));
			lines.add(run(threads, seconds, pdf -> {
				if (!verification.verify(pdf).allValid()) {
					throw new IllegalStateException("the sealed sample did not verify");
				}
				return pdf;
			}, sealed).line("verification of leader + seal"));
			System.out.printf("%nPAdES baseline B, %d threads, %d s each, %d cores%n", threads, seconds,
					Runtime.getRuntime().availableProcessors());
			lines.forEach(System.out::println);
		}
		finally {
			app.close();
		}
	}

	record Result(long operations, double seconds, long[] micros) {

		String line(String what) {
			long[] sorted = micros.clone();
			Arrays.sort(sorted);
			return String.format("  %-42s %8.1f /s   p50 %6.1f ms   p99 %6.1f ms   (%d in %.1f s)", what,
					operations / seconds, percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0, operations,
					seconds);
		}

		private static long percentile(long[] sorted, int p) {
			return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}
	}

	/** Runs the operation on each thread until the time is up; every call must succeed. */
	static Result run(int threads, int seconds, Function<byte[], byte[]> operation, byte[] input) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<long[]>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				long[] times = new long[1024];
				int n = 0;
				while (!stop.get()) {
					long began = System.nanoTime();
					byte[] out = operation.apply(input);
					if (out.length <= input.length / 2) {
						throw new IllegalStateException("suspicious output size " + out.length);
					}
					if (n == times.length) {
						times = Arrays.copyOf(times, n * 2);
					}
					times[n++] = (System.nanoTime() - began) / 1000;
				}
				return Arrays.copyOf(times, n);
			}));
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		long[] all = new long[0];
		for (Future<long[]> f : futures) {
			long[] part = f.get();
			long[] merged = Arrays.copyOf(all, all.length + part.length);
			System.arraycopy(part, 0, merged, all.length, part.length);
			all = merged;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Result(all.length, elapsed, all);
	}

	/** An A4 document of some pages of ordinary text. */
	static byte[] samplePdf(int pages) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
					s.beginText();
					s.setFont(font, 13);
					s.newLineAtOffset(85, 780);
					for (int line = 0; line < 40; line++) {
						s.showText("Quyet dinh phe duyet ke hoach chuyen doi so, trang " + (p + 1) + ", dong " + (line + 1));
						s.newLineAtOffset(0, -17);
					}
					s.endText();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
	}
}
