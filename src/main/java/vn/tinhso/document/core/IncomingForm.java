package vn.tinhso.document.core;

import java.time.LocalDate;

/**
 * What the clerk types when registering an incoming document (electronic or scanned paper), with its PDF.
 * Urgency and confidentiality are enum names; empty means normal.
 */
public record IncomingForm(String agencyCode, String typeCode, String notation, String subject, String issuerName,
		String issuerCode, LocalDate issuedOn, String urgency, String confidentiality, Integer pageCount, LocalDate dueOn,
		boolean scanned, byte[] pdf, String fileName) {
}
