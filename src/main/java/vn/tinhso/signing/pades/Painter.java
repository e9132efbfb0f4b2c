package vn.tinhso.signing.pades;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Text and images inside an appearance stream, shrunk to fit their box rather than cut. */
final class Painter {

	static final float LEADING = 1.2f;
	/**
	 * Room above a first line hung from the top of its box: a capital with a Vietnamese mark above it (Ủ, Ấ)
	 * rises about this far past the line's usual top, and the field would cut it off (Ủ read as Ú).
	 */
	static final float MARK_ROOM = 0.3f;

	private Painter() {
	}

	/** Lines centred across the box, from its top (or centred vertically). */
	static void centredLines(PDPageContentStream out, PDFont font, List<String> raw, Box box, float maxSize,
			boolean middle) throws IOException {
		if (raw.isEmpty()) {
			return;
		}
		List<String> lines = raw.stream().map(l -> Fonts.printable(font, l)).toList();
		float size = fit(font, lines, middle ? box : new Box(box.x(), box.y(), box.w(), box.h() - MARK_ROOM * maxSize),
				maxSize);
		float block = lines.size() * size * LEADING;
		float top = middle ? box.y() + (box.h() + block) / 2 : box.top() - MARK_ROOM * size;
		out.setNonStrokingColor(0f, 0f, 0f);
		for (int i = 0; i < lines.size(); i++) {
			float width = Fonts.width(font, lines.get(i), size);
			text(out, font, size, lines.get(i), box.x() + (box.w() - width) / 2, top - (i + 1) * size * LEADING + size * 0.25f);
		}
	}

	/** Lines from the top-left corner of the box. */
	static void leftLines(PDPageContentStream out, PDFont font, List<String> raw, Box box, float maxSize)
			throws IOException {
		List<String> lines = raw.stream().map(l -> Fonts.printable(font, l)).toList();
		float size = fit(font, lines, box, maxSize);
		out.setNonStrokingColor(0f, 0f, 0f);
		for (int i = 0; i < lines.size(); i++) {
			text(out, font, size, lines.get(i), box.x(), box.top() - (i + 1) * size * LEADING + size * 0.25f);
		}
	}

	/** The PNG scaled to fit the box, centred, transparency kept. */
	static void image(PDPageContentStream out, PDDocument document, byte[] png, Box box) throws IOException {
		PDImageXObject image = EncodedImages.image(document, png);
		float scale = Math.min(box.w() / image.getWidth(), box.h() / image.getHeight());
		float w = image.getWidth() * scale;
		float h = image.getHeight() * scale;
		out.drawImage(image, box.x() + (box.w() - w) / 2, box.y() + (box.h() - h) / 2, w, h);
	}

	/** Words packed into at most {@code maxLines} lines of the width; the rest joins the last line. */
	static List<String> wrap(PDFont font, String text, float size, float width, int maxLines) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String tried = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && lines.size() < maxLines - 1 && Fonts.width(font, tried, size) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(tried);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static float fit(PDFont font, List<String> lines, Box box, float maxSize) throws IOException {
		float size = Math.min(maxSize, box.h() / (lines.size() * LEADING));
		for (String line : lines) {
			float width = Fonts.width(font, line, size);
			if (width > box.w()) {
				size = size * box.w() / width;
			}
		}
		return Math.max(size, 4f);
	}

	private static void text(PDPageContentStream out, PDFont font, float size, String line, float x, float y)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(line);
		out.endText();
	}
}
