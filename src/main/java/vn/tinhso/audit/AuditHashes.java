package vn.tinhso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** SHA-256 over an unambiguous encoding of an entry (each field length-prefixed) and the previous hash. */
final class AuditHashes {

	static final String GENESIS = "0".repeat(64);

	private AuditHashes() {
	}

	static String hash(String prevHash, OffsetDateTime at, Long actorId, String actorName, String clientIp,
			String action, String targetType, String targetId, String details) {
		StringBuilder canonical = new StringBuilder();
		for (String field : new String[] { prevHash, at.toInstant().toString(), String.valueOf(actorId), actorName,
				String.valueOf(clientIp), action, targetType, String.valueOf(targetId), details }) {
			canonical.append(field.length()).append(':').append(field).append('|');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every JVM", e);
		}
	}
}
