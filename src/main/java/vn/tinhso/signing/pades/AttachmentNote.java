package vn.tinhso.signing.pades;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * An attachment's signature (Decree 30/2020, Appendix I): no image, top right of the first page, the
 * issuing agency, the main document's number and notation, and the signing time in ISO 8601.
 */
record AttachmentNote(Box field, String agency, String notationLine, String timeLine) implements Appearance {

	static final float WIDTH = 250;
	static final float HEIGHT = 58;
	static final float MARGIN = 14;

	/** The field for a page: its top-right corner, inside a 5 mm margin. */
	static Box place(Box page) {
		return new Box(page.right() - MARGIN - WIDTH, page.top() - MARGIN - HEIGHT, WIDTH, HEIGHT);
	}

	@Override
	public void paint(PDDocument template, PDPageContentStream out) throws IOException {
		PDFont font = Fonts.regular(template);
		Box inner = new Box(3, 3, field.w() - 6, field.h() - 6);
		List<String> lines = new ArrayList<>(Painter.wrap(font, Fonts.printable(font, agency), 10f, inner.w(), 2));
		lines.add(notationLine);
		lines.add(timeLine);
		Painter.leftLines(out, font, lines, inner, 10f);
	}
}
