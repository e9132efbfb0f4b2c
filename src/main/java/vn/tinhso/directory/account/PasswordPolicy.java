package vn.tinhso.directory.account;

import java.util.Locale;

/**
 * A password must have at least 10 characters and three of: lower case, upper case, digit, symbol;
 * and must not contain the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	/** The problem code, or null when the password is acceptable. */
	public static String problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.too-short";
		}
		if (password.length() > 128) {
			return "password.too-long";
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			return "password.too-weak";
		}
		if (username != null && username.length() >= 3
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return "password.contains-username";
		}
		return null;
	}
}
