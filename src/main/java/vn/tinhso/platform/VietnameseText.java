package vn.tinhso.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Diacritic-insensitive matching for Vietnamese: "Phù Lãng", "phu lang" and "PHU LANG" fold alike. */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final String ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
	private static final String PLAIN = fold(ACCENTED);

	private VietnameseText() {
	}

	/** Lower case, no diacritics, đ → d. */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	/**
	 * A LIKE pattern matching {@code text} anywhere, with the user's own {@code %}, {@code _} and
	 * {@code \} taken literally (PostgreSQL's default escape character is the backslash).
	 */
	public static String containsPattern(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** The same folding in SQL for an NFC-stored column. */
	public static String sqlFold(String column) {
		return "translate(lower(" + column + "), '" + ACCENTED + "', '" + PLAIN + "')";
	}
}
