package vn.tinhso.signing;

/**
 * Checks every signature of a PDF: integrity over its byte range, the certificate chain against the
 * configured trust anchors, revocation where it can be reached (offline gives INDETERMINATE, never a
 * hang), and whether content was added after signing. Not a PDF → 400 {@code signing.not-a-pdf}; a
 * PDF without signatures is not an error but a report with no signatures.
 */
public interface PdfVerification {

	VerificationReport verify(byte[] pdf);
}
