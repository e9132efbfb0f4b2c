package vn.tinhso.exchange;

import java.time.Instant;

/**
 * How the delivery of an outgoing message stands.
 *
 * @param status PENDING (not tried yet), SENT, or FAILED (with the last error; tried again at
 *        {@code nextAttemptAt} when that is set, otherwise only after a restart or a new send)
 */
public record Delivery(long messageId, String toAgencyCode, String status, int attempts, String lastError, Instant sentAt,
		Instant nextAttemptAt) {
}
