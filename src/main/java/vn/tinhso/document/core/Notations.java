package vn.tinhso.document.core;

/**
 * Số, ký hiệu of an outgoing document (Decree 30, Appendix I): number with a leading zero below 10,
 * then the type's abbreviation and the issuing agency's ({@code 15/QĐ-UBND}); an official letter has no
 * type abbreviation and names the drafting unit instead ({@code 05/UBND-VP}).
 */
final class Notations {

	private Notations() {
	}

	static String of(int number, String typeNotation, String agencyAbbreviation, String unitAbbreviation) {
		String n = number < 10 ? "0" + number : Integer.toString(number);
		if (typeNotation.isEmpty()) {
			return n + "/" + agencyAbbreviation + (unitAbbreviation.isEmpty() ? "" : "-" + unitAbbreviation);
		}
		return n + "/" + typeNotation + "-" + agencyAbbreviation;
	}

	/** Whether text looks like a notation written by another agency: a number, a slash, then letters. */
	static boolean plausible(String notation) {
		return notation.matches("\\d{1,6}/[\\p{L}\\p{N}.&]+(-[\\p{L}\\p{N}.&]+)*");
	}
}
