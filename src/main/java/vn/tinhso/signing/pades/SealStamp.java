package vn.tinhso.signing.pades;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The agency's red seal, a transparent PNG filling the square top of its field, and the lines written
 * under it when there are any (an issued document's number and notation and the signing time).
 */
record SealStamp(Box field, byte[] png, List<String> lines) implements Appearance {

	/** The height one line under the seal takes. */
	static final float LINE = 8.5f;
	static final float TEXT_SIZE = 6.5f;

	SealStamp {
		lines = List.copyOf(lines);
	}

	/** The seal's square with a band under it for the lines. */
	static Box around(Box seal, int lineCount) {
		float band = lineCount * LINE;
		return new Box(seal.x(), seal.y() - band, seal.w(), seal.h() + band);
	}

	@Override
	public void paint(PDDocument template, PDPageContentStream out) throws IOException {
		float band = lines.size() * LINE;
		Painter.image(out, template, png, new Box(0, band, field.w(), field.h() - band));
		if (!lines.isEmpty()) {
			Painter.centredLines(out, Fonts.regular(template), lines, new Box(0, 0, field.w(), band), TEXT_SIZE, false);
		}
	}
}
