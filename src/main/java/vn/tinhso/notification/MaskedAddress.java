package vn.tinhso.notification;

/** A phone number or chat user id as written to the application log: all but its last three characters hidden. */
final class MaskedAddress {

	static final int SHOWN = 3;

	private MaskedAddress() {
	}

	static String of(String address) {
		if (address == null || address.isEmpty()) {
			return "";
		}
		int hidden = Math.max(0, address.length() - SHOWN);
		// Short ids are hidden whole: three of four characters would give most of them away.
		if (address.length() <= 2 * SHOWN) {
			return "*".repeat(address.length());
		}
		return "*".repeat(hidden) + address.substring(hidden);
	}
}
