package vn.tinhso.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An edXML status message (gói tin trạng thái): what the reporting organ did with a document it received.
 *
 * @param responseFor the document the status is about (its sender's code, notation, date and id)
 * @param from the organ reporting the status
 * @param timestamp when it happened, to the second
 * @param staff who handled it, if told
 */
public record StatusMessage(DocumentReference responseFor, Organ from, StatusCode statusCode, String description,
		Instant timestamp, StaffInfo staff) {

	public StatusMessage {
		timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS);
	}

	/** The official and unit that handled the document. */
	public record StaffInfo(String department, String staff, String email, String mobile) {
	}
}
