package vn.tinhso.signing.keys;

import java.time.OffsetDateTime;

/** What is known of a stored key without opening it. */
public record KeyInfo(KeyOwner owner, String subject, String issuer, String serial, OffsetDateTime notBefore,
		OffsetDateTime notAfter, String source, OffsetDateTime storedAt) {
}
