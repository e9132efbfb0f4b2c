package vn.tinhso.signing.keys;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

import vn.tinhso.signing.SigningKey;

/** A private key held in memory for the length of one signing. */
record SoftwareKey(PrivateKey privateKey, List<X509Certificate> certificateChain) implements SigningKey {

	SoftwareKey {
		certificateChain = List.copyOf(certificateChain);
	}

	@Override
	public byte[] sign(byte[] data, String jcaAlgorithm) {
		try {
			Signature signature = Signature.getInstance(jcaAlgorithm);
			signature.initSign(privateKey);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Signing with " + jcaAlgorithm + " failed", e);
		}
	}

	@Override
	public String toString() {
		return "SoftwareKey[" + certificate().getSubjectX500Principal() + "]";
	}
}
