package vn.tinhso.exchange;

import java.time.Instant;

/**
 * A status report one of our agencies sent about a document it received, and how its delivery stands.
 *
 * @param delivery PENDING, SENT or FAILED, as in {@link Delivery#status()}
 */
public record SentStatus(long messageId, String toOrganId, StatusCode statusCode, Instant at, String description,
		String delivery) {
}
