package vn.tinhso.feedback.report;

import java.util.List;
import java.util.UUID;

import vn.tinhso.platform.DomainException;

/**
 * A report as sent. The reporter's details are used only when an operator types a hotline report or
 * an Open311 client sends one; a citizen's come from their account.
 *
 * @param idempotencyKey the same key from the same sender returns the first report made with it
 */
public record NewReport(String categoryCode, String description, Double lat, Double lon, String address,
		boolean anonymous, List<byte[]> photos, UUID idempotencyKey, String reporterName, String reporterEmail,
		String reporterPhone, String mediaUrl) {

	public NewReport {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}

	/** The Idempotency-Key header as the dossier API takes it: a UUID, or nothing (then every request is new). */
	public static UUID idempotencyKey(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(header.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("feedback.idempotency-key.format");
		}
	}
}
