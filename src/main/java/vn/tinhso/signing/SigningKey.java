package vn.tinhso.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key that can sign, wherever it lives. A software key signs in memory; a PKCS#11 token
 * signs inside the token ({@code Signature.getInstance(algorithm, sunPkcs11Provider)} over the
 * token's {@code PrivateKey} handle); a remote service sends the data (or its hash) away.
 */
public interface SigningKey {

	/** The signer's certificate first, then its issuers as far as they are known. */
	List<X509Certificate> certificateChain();

	/**
	 * Signs the data (the DER-encoded CMS signed attributes) with the JCA algorithm named, e.g.
	 * {@code SHA256withRSA} or {@code SHA256withECDSA}; returns the raw signature value.
	 */
	byte[] sign(byte[] data, String jcaAlgorithm);

	default X509Certificate certificate() {
		return certificateChain().get(0);
	}
}
