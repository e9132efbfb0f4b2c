package vn.tinhso.feedback.channel;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A guest's report waiting for its code (status UNCONFIRMED), or confirmed into report {@code code}.
 *
 * @param status UNCONFIRMED, CONFIRMED, or LOCKED (too many wrong codes: it stays unconfirmed)
 * @param contactKind EMAIL or PHONE: where the code went
 * @param contactHint the contact partly masked, for "we sent a code to n***@example.vn"
 */
public record HeldReport(UUID id, String status, String contactKind, String contactHint, OffsetDateTime codeExpiresAt,
		int attemptsLeft, String code) {
}
