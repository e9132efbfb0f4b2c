package vn.tinhso.platform;

import java.util.regex.Pattern;

/** The one e-mail address check of the platform: something@domain.tld, no spaces, at most 200 characters. */
public final class Emails {

	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Emails() {
	}

	public static boolean isValid(String address) {
		return address != null && address.length() <= 200 && ADDRESS.matcher(address).matches();
	}
}
