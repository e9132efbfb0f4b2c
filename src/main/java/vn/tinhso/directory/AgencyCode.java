package vn.tinhso.directory;

import java.util.regex.Pattern;

/**
 * An electronic agency code {@code xxx.yy.zz.Lnn} (QCVN 102:2016, Decision 20/2020/QĐ-TTg).
 * {@code Lnn} is level 1 (e.g. H27 = Bắc Ninh), {@code zz} level 2, {@code yy} level 3, {@code xxx}
 * level 4; a zero segment means "no unit at that level". A code's ancestors are obtained by zeroing
 * its more specific segments, so {@code 000.17.22.H56} sits under {@code 000.00.22.H56}, which sits
 * under {@code 000.00.00.H56}; a level may be skipped ({@code 001.00.10.H47} under {@code 000.00.10.H47}).
 */
public record AgencyCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");

	public AgencyCode {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("Not an agency code: " + value);
		}
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/** Segments from the most general: [Lnn, zz, yy, xxx]. */
	private String[] levels() {
		String[] p = value.split("\\.");
		return new String[] { p[3], p[2], p[1], p[0] };
	}

	/** 1 for a province-level root such as {@code 000.00.00.H27}, up to 4. */
	public int depth() {
		String[] l = levels();
		int depth = 1;
		for (int i = 1; i < l.length; i++) {
			if (!isZero(l[i])) {
				depth = i + 1;
			}
		}
		return depth;
	}

	public boolean isRoot() {
		return depth() == 1;
	}

	/** True when {@code other} lies strictly below this code in the code hierarchy. */
	public boolean isAncestorOf(AgencyCode other) {
		String[] mine = levels();
		String[] theirs = other.levels();
		int d = depth();
		if (d >= other.depth()) {
			return false;
		}
		for (int i = 0; i < d; i++) {
			if (!mine[i].equals(theirs[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isZero(String segment) {
		return segment.chars().allMatch(c -> c == '0');
	}

	@Override
	public String toString() {
		return value;
	}
}
