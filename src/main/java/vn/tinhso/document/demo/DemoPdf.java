package vn.tinhso.document.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.core.io.ClassPathResource;

/**
 * One-page PDFs for the demo documents, laid out like an administrative document of Decree 30 (agency and
 * national motto side by side, number and notation, kind, subject, a few paragraphs, the signer). DejaVu
 * is parsed once and embedded as a subset, so Vietnamese shows in any viewer; headings are drawn bold by
 * stroking the same glyphs, which keeps each file to one font and its making to a few milliseconds.
 */
final class DemoPdf {

	private static final float MARGIN = 60;
	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private final TrueTypeFont dejaVu;

	DemoPdf() {
		dejaVu = parse("fonts/DejaVuSans.ttf");
	}

	/** What one demo document shows; the signer's lines are separated by " - " (KT. CHỦ TỊCH - PHÓ CHỦ TỊCH). */
	record Content(String agency, String notation, String place, String kind, String subject, List<String> paragraphs,
			String signer) {
	}

	byte[] write(Content c) {
		try (PDDocument pdf = new PDDocument()) {
			PDFont font = PDType0Font.load(pdf, dejaVu, true);
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
				Writer w = new Writer(out, font, PDRectangle.A4.getHeight() - MARGIN);
				float half = WIDTH / 2;
				float top = w.y;
				w.centred(c.agency().toUpperCase(), true, 10, MARGIN, half - 10);
				w.centred("Số: " + c.notation(), false, 10, MARGIN, half - 10);
				float left = w.y;
				w.y = top;
				w.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 10, MARGIN + half - 10, half + 10);
				w.centred("Độc lập - Tự do - Hạnh phúc", true, 10, MARGIN + half - 10, half + 10);
				w.centred(c.place(), false, 9, MARGIN + half - 10, half + 10);
				w.y = Math.min(w.y, left) - 24;
				if (!c.kind().isEmpty()) {
					w.centred(c.kind().toUpperCase(), true, 13, MARGIN, WIDTH);
				}
				for (String line : wrap(c.subject(), font, 11, WIDTH - 80)) {
					w.centred(line, true, 11, MARGIN, WIDTH);
				}
				w.y -= 18;
				for (String p : c.paragraphs()) {
					for (String line : wrap(p, font, 11, WIDTH)) {
						w.left(line, false, 11, MARGIN);
					}
					w.y -= 6;
				}
				w.y -= 24;
				for (String line : c.signer().split(" - ")) {
					w.centred(line, true, 11, MARGIN + half, half);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes lines top to bottom. */
	private static final class Writer {

		private final PDPageContentStream out;
		private final PDFont font;
		private float y;

		Writer(PDPageContentStream out, PDFont font, float y) {
			this.out = out;
			this.font = font;
			this.y = y;
		}

		void centred(String text, boolean strong, float size, float x, float width) throws IOException {
			float w = font.getStringWidth(text) / 1000 * size;
			show(text, strong, size, x + Math.max(0, (width - w) / 2));
		}

		void left(String text, boolean strong, float size, float x) throws IOException {
			show(text, strong, size, x);
		}

		private void show(String text, boolean strong, float size, float x) throws IOException {
			y -= size * 1.45f;
			out.beginText();
			out.setFont(font, size);
			out.setRenderingMode(strong ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
			out.setLineWidth(size / 30);
			out.newLineAtOffset(x, y);
			out.showText(text);
			out.endText();
		}
	}

	private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Parsed once for every document of the demo: the subsets are made from the same tables. */
	private static TrueTypeFont parse(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
