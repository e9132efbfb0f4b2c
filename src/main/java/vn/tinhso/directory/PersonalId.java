package vn.tinhso.directory;

import java.time.Year;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân / CCCD, Circular 07/2016/TT-BCA
 * and successors): 3 digits of the province of birth registration, 1 digit for century and sex,
 * 2 digits of the birth year, 6 random digits.
 */
public final class PersonalId {

	/** Province codes used in personal ids (the 63 pre-2025 provinces). */
	private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
			"014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
			"036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
			"060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
			"084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

	private PersonalId() {
	}

	/** Why the value is not a valid personal id (a problem code), or null when it is valid. */
	public static String problem(String value) {
		if (value == null || !value.matches("\\d{12}")) {
			return "personal-id.format";
		}
		if (!PROVINCES.contains(value.substring(0, 3))) {
			return "personal-id.province";
		}
		int century = value.charAt(3) - '0';
		int birthYear = 1900 + (century / 2) * 100 + Integer.parseInt(value.substring(4, 6));
		if (birthYear > Year.now().getValue()) {
			return "personal-id.birth-year";
		}
		return null;
	}

	public static boolean isValid(String value) {
		return problem(value) == null;
	}

	public static int birthYear(String value) {
		return 1900 + ((value.charAt(3) - '0') / 2) * 100 + Integer.parseInt(value.substring(4, 6));
	}
}
