package vn.tinhso.dossier.papers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes an A4 one-stop form top to bottom: centred titles, wrapped paragraphs, an image, a simple
 * ruled table. Uses an embedded, subset DejaVu font so Vietnamese renders in any viewer; line breaks
 * in the text start new lines and characters the font lacks print as "?". One instance per document.
 */
final class PaperWriter implements AutoCloseable {

	static final float MARGIN = 56;
	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
	private static final float CELL_FONT = 9;
	private static final float CELL_LEADING = 11;
	private static final float CELL_PADDING = 4;

	private final PDDocument document = new PDDocument();
	private final PDType0Font regular;
	private final PDType0Font bold;
	private PDPageContentStream out;
	private float y;

	PaperWriter() {
		try {
			regular = load("fonts/DejaVuSans.ttf");
			bold = load("fonts/DejaVuSans-Bold.ttf");
			newPage();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private PDType0Font load(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	private void newPage() throws IOException {
		if (out != null) {
			out.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		out = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** Two columns side by side (agency on the left, national motto on the right), centred in each. */
	PaperWriter header(String left, String leftSub, String right, String rightSub) throws IOException {
		float half = WIDTH / 2;
		float top = y;
		centred(left, bold, 10, MARGIN, half);
		centred(leftSub, regular, 10, MARGIN, half);
		float afterLeft = y;
		y = top;
		centred(right, bold, 10, MARGIN + half, half);
		centred(rightSub, bold, 10, MARGIN + half, half);
		y = Math.min(y, afterLeft) - 18;
		return this;
	}

	PaperWriter title(String text) throws IOException {
		centred(text, bold, 13, MARGIN, WIDTH);
		y -= 6;
		return this;
	}

	/** The place-and-date line of a letter, under the national motto. */
	PaperWriter dateLine(String text) throws IOException {
		centred(text, regular, 11, MARGIN + WIDTH / 2, WIDTH / 2);
		y -= 10;
		return this;
	}

	PaperWriter centredLine(String text) throws IOException {
		centred(text, regular, 11, MARGIN, WIDTH);
		return this;
	}

	/** A paragraph; a label in bold followed by its value. */
	PaperWriter field(String label, String value) throws IOException {
		List<String> lines = wrap(label + " " + value, regular, 11, WIDTH);
		for (int i = 0; i < lines.size(); i++) {
			ensureRoom(16);
			out.beginText();
			out.newLineAtOffset(MARGIN, y);
			if (i == 0 && lines.get(0).startsWith(label)) {
				out.setFont(bold, 11);
				out.showText(label);
				out.setFont(regular, 11);
				out.showText(lines.get(0).substring(label.length()));
			}
			else {
				out.setFont(regular, 11);
				out.showText(lines.get(i));
			}
			out.endText();
			y -= 16;
		}
		return this;
	}

	PaperWriter paragraph(String text) throws IOException {
		return field("", text);
	}

	PaperWriter gap(float points) {
		y -= points;
		return this;
	}

	/** A square image at the right margin, level with the current line. */
	PaperWriter imageRight(BufferedImage image, float size) throws IOException {
		var pdImage = LosslessFactory.createFromImage(document, image);
		out.drawImage(pdImage, MARGIN + WIDTH - size, y - size + 12, size, size);
		return this;
	}

	/** Two signature blocks side by side. */
	PaperWriter signatures(String left, String leftName, String right, String rightName) throws IOException {
		ensureRoom(90);
		float top = y;
		centred(left, bold, 11, MARGIN, WIDTH / 2);
		y -= 50;
		centred(leftName, regular, 11, MARGIN, WIDTH / 2);
		y = top;
		centred(right, bold, 11, MARGIN + WIDTH / 2, WIDTH / 2);
		y -= 50;
		centred(rightName, regular, 11, MARGIN + WIDTH / 2, WIDTH / 2);
		return this;
	}

	/**
	 * A ruled table across the page, columns sized in proportion to {@code widths}; the bold header row
	 * is repeated on every page the table runs onto. Each row must fit on one page.
	 */
	PaperWriter table(float[] widths, List<String> header, List<List<String>> rows) throws IOException {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		float[] columns = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			columns[i] = widths[i] * WIDTH / total;
		}
		List<List<String>> head = cells(header, bold, columns);
		List<List<String>> first = rows.isEmpty() ? List.of() : cells(rows.get(0), regular, columns);
		ensureRoom(height(head) + height(first));
		drawRow(head, bold, columns);
		for (List<String> row : rows) {
			List<List<String>> lines = cells(row, regular, columns);
			if (y - height(lines) < MARGIN) {
				newPage();
				drawRow(head, bold, columns);
			}
			drawRow(lines, regular, columns);
		}
		y -= 16;
		return this;
	}

	private List<List<String>> cells(List<String> row, PDType0Font font, float[] columns) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			String text = i < row.size() && row.get(i) != null ? row.get(i) : "";
			lines.add(wrap(text, font, CELL_FONT, columns[i] - 2 * CELL_PADDING));
		}
		return lines;
	}

	private static float height(List<List<String>> cells) {
		int most = 0;
		for (List<String> lines : cells) {
			most = Math.max(most, lines.size());
		}
		return most == 0 ? 0 : most * CELL_LEADING + 2 * CELL_PADDING;
	}

	private void drawRow(List<List<String>> cells, PDType0Font font, float[] columns) throws IOException {
		float height = height(cells);
		float x = MARGIN;
		for (int i = 0; i < columns.length; i++) {
			out.addRect(x, y - height, columns[i], height);
			float baseline = y - CELL_PADDING - CELL_FONT;
			for (String line : cells.get(i)) {
				out.beginText();
				out.setFont(font, CELL_FONT);
				out.newLineAtOffset(x + CELL_PADDING, baseline);
				out.showText(line);
				out.endText();
				baseline -= CELL_LEADING;
			}
			x += columns[i];
		}
		out.setLineWidth(0.5f);
		out.stroke();
		y -= height;
	}

	byte[] toPdf() throws IOException {
		out.close();
		out = null;
		document.getDocumentInformation().setProducer("TinhSo");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes);
		return bytes.toByteArray();
	}

	@Override
	public void close() throws IOException {
		if (out != null) {
			out.close();
		}
		document.close();
	}

	private void centred(String text, PDType0Font font, float size, float left, float width) throws IOException {
		for (String line : wrap(text, font, size, width)) {
			ensureRoom(size + 5);
			float w = font.getStringWidth(line) / 1000 * size;
			out.beginText();
			out.setFont(font, size);
			out.newLineAtOffset(left + (width - w) / 2, y);
			out.showText(line);
			out.endText();
			y -= size + 5;
		}
	}

	private void ensureRoom(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	/** Lines no wider than {@code width}, broken at spaces and at the line breaks of the text. */
	private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : drawable(paragraph, font).split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The text with control characters as spaces and characters the font has no glyph for as "?". */
	private static String drawable(String text, PDType0Font font) throws IOException {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (Character.isISOControl(c)) {
				result.append(' ');
				continue;
			}
			String glyph = Character.toString(c);
			try {
				font.encode(glyph);
				result.append(glyph);
			}
			catch (IllegalArgumentException e) {
				result.append('?');
			}
		}
		return result.toString();
	}
}
