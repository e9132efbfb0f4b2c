package vn.tinhso.feedback.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Open311 keys: 256 random bits shown once; only their SHA-256 is stored (a random key needs no slow
 * hash, and the lookup stays one index probe).
 */
final class KeyHashes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyHashes() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "pa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
