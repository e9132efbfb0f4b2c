package vn.tinhso.directory.account;

import java.time.Instant;

/** Lets tests outside this package compute a current TOTP code with the production algorithm. */
public final class TotpTestAccess {

	private TotpTestAccess() {
	}

	public static String codeAt(String base32Secret, Instant time) {
		return Totp.code(Base32.decode(base32Secret), Totp.stepAt(time), 6);
	}
}
