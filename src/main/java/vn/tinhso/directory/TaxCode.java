package vn.tinhso.directory;

/**
 * Vietnamese enterprise tax code (mã số thuế): 10 digits whose last is a check digit, optionally
 * followed by a 3-digit branch number ({@code 0100109106-001} or {@code 0100109106001}).
 */
public final class TaxCode {

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	/** Digits only: removes the branch separator. */
	public static String normalize(String value) {
		return value == null ? null : value.strip().replace("-", "");
	}

	/** Why the value is not a valid tax code (a problem code), or null when it is valid. */
	public static String problem(String raw) {
		String value = normalize(raw);
		if (value == null || !(value.matches("\\d{10}") || value.matches("\\d{13}"))) {
			return "tax-code.format";
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 10 - sum % 11;
		if (check == 10 || check != value.charAt(9) - '0') {
			return "tax-code.checksum";
		}
		if (value.length() == 13 && value.endsWith("000")) {
			return "tax-code.branch";
		}
		return null;
	}
}
