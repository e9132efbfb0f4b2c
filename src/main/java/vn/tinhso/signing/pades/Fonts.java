package vn.tinhso.signing.pades;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, embedded as a subset: the fonts every PDF viewer has lack Vietnamese letters (ố, ệ, ữ…).
 * The font files are read once; each document embeds only the glyphs it uses.
 */
final class Fonts {

	private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
	private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

	private Fonts() {
	}

	static PDType0Font regular(PDDocument document) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
	}

	static PDType0Font bold(PDDocument document) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
	}

	/** The text in composed form, with any letter the font lacks shown as "?". */
	static String printable(PDFont font, String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		composed.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}

	static float width(PDFont font, String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private static byte[] read(String path) {
		try (InputStream in = Fonts.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
