package vn.tinhso.signing;

import java.util.List;

/**
 * The outcome of verifying a PDF, one check per signature in document order.
 *
 * @param allValid every signature passed; false when there are none
 */
public record VerificationReport(List<SignatureCheck> signatures, boolean allValid) {

	public VerificationReport {
		signatures = List.copyOf(signatures);
		allValid = allValid && !signatures.isEmpty();
	}

	/** False for a PDF that carries no signature at all. */
	public boolean signed() {
		return !signatures.isEmpty();
	}
}
