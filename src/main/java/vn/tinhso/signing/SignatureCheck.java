package vn.tinhso.signing;

import java.time.OffsetDateTime;

/**
 * One signature of a verified PDF.
 *
 * @param signingTime the time the signer claims (the PDF/CMS signing time)
 * @param level PAdES-BASELINE-B, PAdES-BASELINE-T, … as detected
 * @param intact the byte ranges hash to the signed digest and the signature value verifies
 * @param trusted the certificate chains to a configured trust anchor
 * @param revocation GOOD, REVOKED or UNKNOWN (not reachable, or not published)
 * @param coversWholeDocument nothing but later signatures was added after this one
 * @param indication TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE
 * @param detail why, when not passed (sub-indication and the validator's first finding)
 * @param timestampTime when a timestamp authority vouched for the signature (level T and above), else null
 */
public record SignatureCheck(String signerName, String signerOrganisation, OffsetDateTime signingTime, String level,
		boolean intact, boolean trusted, String revocation, boolean coversWholeDocument, String indication,
		String detail, OffsetDateTime timestampTime) {

	public SignatureCheck(String signerName, String signerOrganisation, OffsetDateTime signingTime, String level,
			boolean intact, boolean trusted, String revocation, boolean coversWholeDocument, String indication,
			String detail) {
		this(signerName, signerOrganisation, signingTime, level, intact, trusted, revocation, coversWholeDocument,
				indication, detail, null);
	}

	public boolean passed() {
		return "TOTAL_PASSED".equals(indication);
	}
}
