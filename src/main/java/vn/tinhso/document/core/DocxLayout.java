package vn.tinhso.document.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

import vn.tinhso.document.core.DocxModel.Block;
import vn.tinhso.document.core.DocxModel.Cell;
import vn.tinhso.document.core.DocxModel.Paragraph;
import vn.tinhso.document.core.DocxModel.Table;
import vn.tinhso.document.core.TextLines.Line;
import vn.tinhso.document.core.TextLines.Placed;

/**
 * Lays the blocks out on A4 portrait pages with the margins of Decree 30 (top and bottom 20 mm, left
 * 30 mm, right 15 mm): paragraphs line by line, a new page when a line no longer fits or at a page break;
 * tables as a ruled grid whose rows continue on the next page when they do not fit.
 */
final class DocxLayout {

	static final float MM = 72f / 25.4f;
	static final float TOP = 20 * MM;
	static final float BOTTOM = 20 * MM;
	static final float LEFT = 30 * MM;
	static final float RIGHT = 15 * MM;
	static final PDRectangle PAGE = PDRectangle.A4;
	static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
	static final int MAX_PAGES = 500;
	private static final float CELL_PADDING = 4;
	private static final float ITALIC_SLANT = 0.2f;

	private final PDDocument document;
	private final DocxFonts fonts;
	private PDPageContentStream out;
	private float y;
	private boolean pageHasContent;

	private DocxLayout(PDDocument document) {
		this.document = document;
		this.fonts = new DocxFonts(document);
	}

	/** The PDF of the blocks (one blank page for a document without any). */
	static byte[] write(List<Block> blocks) throws IOException {
		try (PDDocument document = new PDDocument()) {
			DocxLayout layout = new DocxLayout(document);
			layout.newPage();
			for (Block b : blocks) {
				if (b instanceof Paragraph p) {
					layout.paragraph(p);
				}
				else if (b instanceof Table t) {
					layout.table(t);
				}
			}
			layout.out.close();
			PDDocumentInformation info = document.getDocumentInformation();
			info.setProducer("TinhSo");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	private void newPage() throws IOException {
		if (document.getNumberOfPages() >= MAX_PAGES) {
			throw UnreadableDocx.tooLong(MAX_PAGES);
		}
		if (out != null) {
			out.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		out = new PDPageContentStream(document, page);
		y = PAGE.getHeight() - TOP;
		pageHasContent = false;
	}

	private void paragraph(Paragraph p) throws IOException {
		if (p.pageBreakBefore() && pageHasContent) {
			newPage();
		}
		if (pageHasContent) {
			y -= p.spaceBefore();
		}
		for (Line line : TextLines.of(p, WIDTH, fonts)) {
			if (pageHasContent && y - line.height() < BOTTOM) {
				newPage();
			}
			draw(line, LEFT, y);
			y -= line.height();
			pageHasContent = true;
			if (line.pageBreakAfter()) {
				newPage();
			}
		}
		y -= p.spaceAfter();
	}

	private void table(Table t) throws IOException {
		float[] widths = columnWidths(t);
		for (List<Cell> row : t.rows()) {
			row(row, widths);
		}
		y -= 6;
	}

	/** The grid's widths when it declares them (shrunk to the text width if wider), otherwise equal columns. */
	private static float[] columnWidths(Table t) {
		int count = 1;
		for (List<Cell> row : t.rows()) {
			count = Math.max(count, row.stream().mapToInt(Cell::span).sum());
		}
		float[] widths = new float[count];
		float declared = t.columns().stream().reduce(0f, Float::sum);
		boolean usable = t.columns().size() == count && t.columns().stream().allMatch(w -> w > 0);
		float scale = declared > WIDTH ? WIDTH / declared : 1;
		for (int i = 0; i < count; i++) {
			widths[i] = usable ? t.columns().get(i) * scale : WIDTH / count;
		}
		return widths;
	}

	/** One table row: its cells' lines, slice by slice when the row runs past the bottom of the page. */
	private void row(List<Cell> row, float[] widths) throws IOException {
		if (row.isEmpty()) {
			return;
		}
		List<float[]> boxes = new ArrayList<>();
		List<List<Line>> content = new ArrayList<>();
		int column = 0;
		for (Cell c : row) {
			if (column >= widths.length) {
				break;
			}
			float left = LEFT;
			for (int i = 0; i < column; i++) {
				left += widths[i];
			}
			float w = 0;
			for (int i = column; i < Math.min(widths.length, column + c.span()); i++) {
				w += widths[i];
			}
			column += c.span();
			boxes.add(new float[] { left, w });
			List<Line> lines = new ArrayList<>();
			for (Paragraph p : c.paragraphs()) {
				lines.addAll(TextLines.of(p, Math.max(12, w - 2 * CELL_PADDING), fonts));
			}
			content.add(lines);
		}
		int[] next = new int[content.size()];
		float least = DocxModel.DEFAULT_SIZE * TextLines.SINGLE;
		do {
			int[] take = fitting(content, next, y - BOTTOM - 2 * CELL_PADDING);
			boolean stuck = remains(content, next) ? !moves(content, next, take) : y - BOTTOM - 2 * CELL_PADDING < least;
			if (stuck && pageHasContent) {
				newPage();
				take = fitting(content, next, y - BOTTOM - 2 * CELL_PADDING);
			}
			if (!moves(content, next, take)) {
				// A line taller than a whole page: draw it anyway rather than loop.
				for (int c = 0; c < content.size(); c++) {
					take[c] = next[c] < content.get(c).size() ? 1 : 0;
				}
			}
			slice(boxes, content, next, take, least);
			if (remains(content, next)) {
				newPage();
			}
		}
		while (remains(content, next));
	}

	/** Draws the next {@code take} lines of each cell and the cells' borders around them. */
	private void slice(List<float[]> boxes, List<List<Line>> content, int[] next, int[] take, float least)
			throws IOException {
		float height = least;
		for (int c = 0; c < content.size(); c++) {
			float top = y - CELL_PADDING;
			for (int i = next[c]; i < next[c] + take[c]; i++) {
				Line line = content.get(c).get(i);
				draw(line, boxes.get(c)[0] + CELL_PADDING, top);
				top -= line.height();
			}
			height = Math.max(height, y - CELL_PADDING - top);
			next[c] += take[c];
		}
		height += 2 * CELL_PADDING;
		out.setLineWidth(0.5f);
		for (float[] box : boxes) {
			out.addRect(box[0], y - height, box[1], height);
		}
		out.stroke();
		y -= height;
		pageHasContent = true;
	}

	/** How many of each cell's remaining lines fit in {@code room} points. */
	private static int[] fitting(List<List<Line>> content, int[] next, float room) {
		int[] take = new int[content.size()];
		for (int c = 0; c < content.size(); c++) {
			float used = 0;
			for (int i = next[c]; i < content.get(c).size() && used + content.get(c).get(i).height() <= room; i++) {
				used += content.get(c).get(i).height();
				take[c]++;
			}
		}
		return take;
	}

	private static boolean remains(List<List<Line>> content, int[] next) {
		for (int c = 0; c < content.size(); c++) {
			if (next[c] < content.get(c).size()) {
				return true;
			}
		}
		return false;
	}

	/** Whether taking {@code take} lines moves any cell forward. */
	private static boolean moves(List<List<Line>> content, int[] next, int[] take) {
		for (int c = 0; c < content.size(); c++) {
			if (take[c] > 0 && next[c] < content.get(c).size()) {
				return true;
			}
		}
		return false;
	}

	/** Draws a line whose top is at {@code top}: each piece in its font, slanted if italic, underlined if asked. */
	private void draw(Line line, float left, float top) throws IOException {
		float baseline = top - line.ascent();
		Placed previous = null;
		for (Placed p : line.pieces()) {
			float x = left + p.x();
			out.beginText();
			out.setFont(fonts.font(p.style()), p.style().size());
			if (p.style().italic()) {
				out.setTextMatrix(new Matrix(1, 0, ITALIC_SLANT, 1, x, baseline));
			}
			else {
				out.newLineAtOffset(x, baseline);
			}
			out.showText(p.text());
			out.endText();
			if (p.style().underline()) {
				float from = previous != null && previous.style().underline() ? left + previous.x() + previous.width() : x;
				float under = baseline - p.style().size() * 0.12f;
				out.setLineWidth(Math.max(0.4f, p.style().size() * 0.05f));
				out.moveTo(from, under);
				out.lineTo(x + p.width(), under);
				out.stroke();
			}
			previous = p;
		}
	}
}
