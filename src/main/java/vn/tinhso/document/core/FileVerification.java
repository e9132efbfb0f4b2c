package vn.tinhso.document.core;

import java.time.OffsetDateTime;
import java.util.List;

import vn.tinhso.signing.SignatureCheck;

/**
 * The digital signatures of one PDF as verified when it arrived, shared by every document holding the
 * same content.
 *
 * @param outcome {@link #VALID} every signature passed; {@link #UNVERIFIED} intact, but not every signer
 *        could be confirmed (a certificate from an authority not trusted here, revocation not reachable);
 *        {@link #BROKEN} a signature does not match the content, or content was added after signing;
 *        {@link #UNSIGNED} no signature (a scanned paper); {@link #UNREADABLE} the PDF could not be read
 * @param detail why an unreadable file could not be checked
 * @param signatures one check per signature, in document order
 */
public record FileVerification(String sha256, String outcome, boolean signed, boolean allValid, String detail,
		OffsetDateTime checkedAt, List<SignatureCheck> signatures) {

	public static final String VALID = "VALID";
	public static final String UNVERIFIED = "UNVERIFIED";
	public static final String BROKEN = "BROKEN";
	public static final String UNSIGNED = "UNSIGNED";
	public static final String UNREADABLE = "UNREADABLE";

	public FileVerification {
		signatures = List.copyOf(signatures);
	}

	/** The outcome of a file from its signatures' checks. */
	static String outcomeOf(List<SignatureCheck> checks) {
		if (checks.isEmpty()) {
			return UNSIGNED;
		}
		if (checks.stream().anyMatch(c -> BROKEN.equals(stateOf(c)))) {
			return BROKEN;
		}
		return checks.stream().allMatch(SignatureCheck::passed) ? VALID : UNVERIFIED;
	}

	/** How one signature reads: VALID, UNVERIFIED or BROKEN. */
	public String state(SignatureCheck check) {
		return stateOf(check);
	}

	static String stateOf(SignatureCheck check) {
		if (!check.intact() || !check.coversWholeDocument() || "TOTAL_FAILED".equals(check.indication())) {
			return BROKEN;
		}
		return check.passed() ? VALID : UNVERIFIED;
	}
}
