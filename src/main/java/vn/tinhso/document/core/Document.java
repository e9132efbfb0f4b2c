package vn.tinhso.document.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document in an agency's registers: incoming (number = số đến) or outgoing (number and notation set
 * when issued). Every change also appends a {@link DocumentEvent}.
 */
public record Document(long id, String agencyCode, Direction direction, Long registerId, Integer year, Integer number,
		String notation, String typeCode, String subject, String issuerName, String issuerCode, LocalDate issuedOn,
		OffsetDateTime arrivedAt, Urgency urgency, Confidentiality confidentiality, int pageCount, LocalDate dueOn,
		String status, String signerName, String signerTitle, String source, Long originId, Long replyToId,
		long createdBy, OffsetDateTime createdAt, int version) {

	public static final String REGISTERED = "REGISTERED";
	public static final String ASSIGNED = "ASSIGNED";
	public static final String DONE = "DONE";
	public static final String DRAFT = "DRAFT";
	public static final String IN_REVIEW = "IN_REVIEW";
	public static final String RETURNED = "RETURNED";
	public static final String APPROVED = "APPROVED";
	public static final String ISSUED = "ISSUED";
	/** Recalled by its issuing agency (Decree 30/2020): kept with its history, no longer acted on. */
	public static final String RECALLED = "RECALLED";
	/** Replaced by a later document of the issuing agency: kept, linked to its replacement. */
	public static final String REPLACED = "REPLACED";
	/** An incoming document from outside that the agency refused, with the reason sent back to its sender. */
	public static final String REFUSED = "REFUSED";

	/** The next version with another status. */
	public Document withStatus(String next) {
		return new Document(id, agencyCode, direction, registerId, year, number, notation, typeCode, subject, issuerName,
				issuerCode, issuedOn, arrivedAt, urgency, confidentiality, pageCount, dueOn, next, signerName, signerTitle,
				source, originId, replyToId, createdBy, createdAt, version + 1);
	}

	/** The next version once approved for signing by {@code signer}. */
	public Document approvedBy(String signer, String title) {
		return new Document(id, agencyCode, direction, registerId, year, number, notation, typeCode, subject, issuerName,
				issuerCode, issuedOn, arrivedAt, urgency, confidentiality, pageCount, dueOn, APPROVED, signer, title, source,
				originId, replyToId, createdBy, createdAt, version + 1);
	}

	/** The next version once the clerk issued it with its register number and notation. */
	public Document issued(long register, int inYear, int withNumber, String withNotation, LocalDate on) {
		return new Document(id, agencyCode, direction, register, inYear, withNumber, withNotation, typeCode, subject,
				issuerName, issuerCode, on, arrivedAt, urgency, confidentiality, pageCount, dueOn, ISSUED, signerName,
				signerTitle, source, originId, replyToId, createdBy, createdAt, version + 1);
	}

	public boolean overdue(LocalDate today) {
		return dueOn != null && !DONE.equals(status) && !withdrawn() && today.isAfter(dueOn);
	}

	/** Recalled, replaced or refused: kept for the record, no further handling. */
	public boolean withdrawn() {
		return RECALLED.equals(status) || REPLACED.equals(status) || REFUSED.equals(status);
	}
}
