package vn.tinhso.document.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * A register as a landscape A4 PDF: the title on the first page, then a ruled table whose heading row is
 * repeated on every page, rows wrapped inside their columns and never split across pages. Text is set in the
 * DejaVu Sans the other PDFs use (embedded as a subset, so Vietnamese shows in any viewer). Page content goes
 * to a scratch file as each page is finished, so a register of tens of thousands of rows stays small in memory.
 */
final class RegisterPdf implements RegisterSink {

	private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
	private static final float MARGIN = 28;
	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
	private static final float SIZE = 8;
	private static final float LEADING = 10;
	private static final float PAD = 3;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
	private final OutputStream target;
	private final List<RegisterColumns.Column> columns;
	private final float[] widths;
	private final PDFont regular;
	private final PDFont bold;
	private final Map<Integer, Boolean> printable = new HashMap<>();
	private final Map<Integer, Float> regularWidths = new HashMap<>();
	private final Map<Integer, Float> boldWidths = new HashMap<>();
	private PDPageContentStream out;
	private float y;
	private int pages;

	RegisterPdf(RegisterSpec spec, OutputStream target) throws IOException {
		this.target = target;
		this.columns = RegisterColumns.of(spec.direction());
		float total = (float) columns.stream().mapToDouble(RegisterColumns.Column::share).sum();
		this.widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = WIDTH * columns.get(i).share() / total;
		}
		this.regular = load("fonts/DejaVuSans.ttf");
		this.bold = load("fonts/DejaVuSans-Bold.ttf");
		newPage();
		centred(spec.title(), bold, 14);
		centred(spec.agencyName() + " (" + spec.agencyCode() + ")", regular, 10);
		centred("Năm " + spec.year(), regular, 10);
		y -= 8;
		heading();
	}

	private PDType0Font load(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		List<String> texts = new ArrayList<>(cells.size());
		for (Object c : cells) {
			texts.add(c == null ? "" : c instanceof LocalDate d ? DAY.format(d) : c.toString());
		}
		List<List<String>> lines = wrapAll(texts, regular);
		float height = height(lines);
		if (y - height < MARGIN + 14) {
			newPage();
			heading();
		}
		draw(lines, regular, height, false);
	}

	@Override
	public void finish() throws IOException {
		try {
			out.close();
			document.save(target);
		}
		finally {
			document.close();
		}
	}

	private void heading() throws IOException {
		List<String> titles = columns.stream().map(RegisterColumns.Column::heading).toList();
		List<List<String>> lines = wrapAll(titles, bold);
		draw(lines, bold, height(lines), true);
	}

	private float height(List<List<String>> lines) {
		int most = lines.stream().mapToInt(List::size).max().orElse(1);
		return Math.max(1, most) * LEADING + 2 * PAD;
	}

	/** One row of the table: the cells' lines, then the cells' borders (a shaded background for the heading). */
	private void draw(List<List<String>> lines, PDFont font, float height, boolean shaded) throws IOException {
		float x = MARGIN;
		if (shaded) {
			out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
			out.addRect(MARGIN, y - height, WIDTH, height);
			out.fill();
			out.setNonStrokingColor(0f, 0f, 0f);
		}
		for (int i = 0; i < widths.length; i++) {
			float lineY = y - PAD - SIZE;
			for (String line : lines.get(i)) {
				out.beginText();
				out.setFont(font, SIZE);
				out.newLineAtOffset(x + PAD, lineY);
				out.showText(line);
				out.endText();
				lineY -= LEADING;
			}
			out.addRect(x, y - height, widths[i], height);
			x += widths[i];
		}
		out.setLineWidth(0.5f);
		out.stroke();
		y -= height;
	}

	private List<List<String>> wrapAll(List<String> texts, PDFont font) throws IOException {
		List<List<String>> all = new ArrayList<>(texts.size());
		for (int i = 0; i < widths.length; i++) {
			all.add(wrap(i < texts.size() ? texts.get(i) : "", font, widths[i] - 2 * PAD));
		}
		return all;
	}

	/** The text in lines that fit the width: at spaces where it can, inside a word only when a word is too long. */
	private List<String> wrap(String raw, PDFont font, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		float space = width(font, " ");
		for (String paragraph : clean(raw, font).split("\n")) {
			StringBuilder line = new StringBuilder();
			float used = 0;
			for (String word : paragraph.strip().split(" +")) {
				float w = width(font, word);
				if (line.isEmpty() ? w <= width : used + space + w <= width) {
					used += line.isEmpty() ? w : space + w;
					line.append(line.isEmpty() ? "" : " ").append(word);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (w > width && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && width(font, word.substring(0, cut)) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
					w = width(font, word);
				}
				line.append(word);
				used = w;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
		}
		return lines;
	}

	/** The width of text at the table's size, from each letter's width (read from the font once). */
	private float width(PDFont font, String text) throws IOException {
		Map<Integer, Float> known = font == bold ? boldWidths : regularWidths;
		float sum = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			Float w = known.get(cp);
			if (w == null) {
				w = font.getStringWidth(new String(Character.toChars(cp)));
				known.put(cp, w);
			}
			sum += w;
		}
		return sum / 1000 * SIZE;
	}

	/** Composed (NFC) text, tabs and other control characters as spaces, letters the font lacks as "?". */
	private String clean(String text, PDFont font) {
		String composed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
		StringBuilder sb = new StringBuilder(composed.length());
		composed.codePoints().forEach(cp -> {
			if (cp == '\n') {
				sb.append('\n');
			}
			else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
				sb.append(' ');
			}
			else if (printable.computeIfAbsent(cp, c -> encodable(font, c) && encodable(bold, c))) {
				sb.appendCodePoint(cp);
			}
			else {
				sb.append('?');
			}
		});
		return sb.toString();
	}

	private static boolean encodable(PDFont font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	private void centred(String text, PDFont font, float size) throws IOException {
		String t = clean(text, font);
		float w = font.getStringWidth(t) / 1000 * size;
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(MARGIN + Math.max(0, (WIDTH - w) / 2), y - size);
		out.showText(t);
		out.endText();
		y -= size + 6;
	}

	private void newPage() throws IOException {
		if (out != null) {
			out.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		out = new PDPageContentStream(document, page);
		pages++;
		String number = "Trang " + pages;
		out.beginText();
		out.setFont(regular, SIZE);
		out.newLineAtOffset(PAGE.getWidth() - MARGIN - width(regular, number), MARGIN / 2);
		out.showText(number);
		out.endText();
		y = PAGE.getHeight() - MARGIN;
	}
}
