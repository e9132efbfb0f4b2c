package vn.tinhso.document.register;

import vn.tinhso.document.core.Direction;

/** Which register is printed: an agency's incoming or outgoing register (ordinary or secret) for a year. */
record RegisterSpec(String agencyCode, String agencyName, Direction direction, boolean secret, int year) {

	/** The title of the register, as Decree 30 (Appendix IV) names it. */
	String title() {
		return "SỔ ĐĂNG KÝ VĂN BẢN " + (secret ? "MẬT " : "") + (direction == Direction.IN ? "ĐẾN" : "ĐI");
	}

	/** A file name without diacritics or spaces, e.g. {@code so-van-ban-den-2026-000.00.01.H99}. */
	String fileName(String extension) {
		return "so-van-ban-" + (secret ? "mat-" : "") + (direction == Direction.IN ? "den" : "di") + "-" + year + "-"
				+ agencyCode + "." + extension;
	}
}
