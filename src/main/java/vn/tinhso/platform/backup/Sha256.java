package vn.tinhso.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 digests as lower-case hex, the form the file store names its files with. */
final class Sha256 {

	private static final Pattern HEX = Pattern.compile("^[0-9a-f]{64}$");

	private Sha256() {
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	static String of(byte[] content) {
		MessageDigest d = digest();
		d.update(content);
		return hex(d);
	}

	static String of(Path file) throws IOException {
		MessageDigest d = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				d.update(buffer, 0, n);
			}
		}
		return hex(d);
	}

	static boolean isHex(String text) {
		return text != null && HEX.matcher(text).matches();
	}
}
