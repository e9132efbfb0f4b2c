package vn.tinhso.document.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

import vn.tinhso.document.core.DocxModel.Style;

/**
 * The bundled DejaVu Sans (regular and bold), embedded as subsets: the standard PDF fonts lack Vietnamese
 * letters. There is no italic face, so italic is drawn slanted. Characters the font lacks print as "?".
 */
final class DocxFonts {

	private final PDType0Font regular;
	private final PDType0Font bold;
	private final Map<Integer, Boolean> regularHas = new HashMap<>();
	private final Map<Integer, Boolean> boldHas = new HashMap<>();

	DocxFonts(PDDocument document) {
		regular = load(document, "fonts/DejaVuSans.ttf");
		bold = load(document, "fonts/DejaVuSans-Bold.ttf");
	}

	private static PDType0Font load(PDDocument document, String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	PDType0Font font(Style style) {
		return style.bold() ? bold : regular;
	}

	/** The text with control characters as spaces and characters the font cannot draw as "?". */
	String printable(String text, Style style) {
		PDType0Font font = font(style);
		Map<Integer, Boolean> known = style.bold() ? boldHas : regularHas;
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp)) {
				out.append(' ');
			}
			else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
				out.appendCodePoint(cp);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static boolean canDraw(PDType0Font font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	/** The width in points of printable text. */
	float width(String printable, Style style) {
		try {
			return font(style).getStringWidth(printable) / 1000f * style.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
