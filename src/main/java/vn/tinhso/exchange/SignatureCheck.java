package vn.tinhso.exchange;

import java.security.cert.X509Certificate;

/**
 * The outcome of checking an edXML message's XML signature. {@code valid} says only that the signature
 * matches the content and the certificate carried in it; whether that certificate is trusted is the
 * caller's decision.
 *
 * @param signerSubject the certificate's subject (RFC 2253), or null when no certificate was found
 * @param problem why the signature is not valid (a short English reason for logs), null when valid
 */
public record SignatureCheck(boolean valid, String signerSubject, X509Certificate certificate, String problem) {

	public static SignatureCheck valid(X509Certificate certificate) {
		return new SignatureCheck(true, certificate.getSubjectX500Principal().getName(), certificate, null);
	}

	public static SignatureCheck invalid(X509Certificate certificate, String problem) {
		return new SignatureCheck(false, certificate == null ? null : certificate.getSubjectX500Principal().getName(),
				certificate, problem);
	}
}
