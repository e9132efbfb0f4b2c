package vn.tinhso.signing;

/**
 * Signs PDFs as Decree 30/2020 describes. Every method returns a new PDF: the input plus one
 * incremental update carrying the signature, so earlier signatures stay valid.
 *
 * <p>Refusals ({@link vn.tinhso.platform.DomainException}): not a PDF → 400 {@code signing.not-a-pdf};
 * the place is off the page → 400 {@code signing.place-outside-page}; no usable key or image →
 * 409 {@code signing.no-key}, {@code signing.no-image}; the timestamp authority does not answer →
 * 503 {@code signing.tsa-unavailable}.
 */
public interface PdfSigning {

	/** A leader's own signature, visible, at the given place. */
	byte[] signAsOfficial(long accountId, byte[] pdf, SignaturePlace place, String titleLine);

	/** The agency's seal signature overlapping the left third of the leader's image (call after signAsOfficial). */
	byte[] sealAsAgency(String agencyCode, byte[] pdf, SignaturePlace place);

	/**
	 * The seal of an issued document: as above, with its number and notation and the signing time (ISO 8601,
	 * province time) written under the seal. A blank notation, or one over 100 characters → 400
	 * {@code signing.notation-required}.
	 */
	byte[] sealAsAgency(String agencyCode, byte[] pdf, SignaturePlace place, String notation);

	/** An attachment: top-right of page 1, no image, text with the agency, notation and time. */
	byte[] signAttachment(String agencyCode, byte[] pdf, String notation);

	/** Whether the official / agency has a usable key (the UI greys out the action otherwise). */
	boolean canSign(long accountId);

	boolean canSeal(String agencyCode);
}
