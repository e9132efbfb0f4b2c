package vn.tinhso.exchange;

import java.time.Instant;

/** A status report received about a document we sent. */
public record ReceivedStatus(long messageId, StatusCode statusCode, String reportingOrganId, Instant at, String description,
		Instant receivedAt) {
}
