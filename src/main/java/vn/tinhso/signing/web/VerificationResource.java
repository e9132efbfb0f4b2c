package vn.tinhso.signing.web;

import java.util.List;

import vn.tinhso.signing.SignatureCheck;
import vn.tinhso.signing.VerificationReport;

/**
 * The API's answer: the report plus {@code signed} (false for a PDF without signatures, which is not
 * an error) and a sentence in the caller's language.
 */
record VerificationResource(boolean signed, boolean allValid, String message, List<SignatureCheck> signatures) {

	static VerificationResource of(VerificationReport report, String message) {
		return new VerificationResource(report.signed(), report.allValid(), message, report.signatures());
	}
}
