package vn.tinhso.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import vn.tinhso.signing.SigningKey;

/** A key taken from a Java key store, used like any other signing key. */
record KeyEntrySigner(KeyStore.PrivateKeyEntry entry) implements SigningKey {

	static SigningKey of(KeyStore.PrivateKeyEntry entry) {
		return new KeyEntrySigner(entry);
	}

	@Override
	public List<X509Certificate> certificateChain() {
		Certificate[] chain = entry.getCertificateChain();
		return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
	}

	@Override
	public byte[] sign(byte[] data, String jcaAlgorithm) {
		try {
			Signature signature = Signature.getInstance(jcaAlgorithm);
			signature.initSign(entry.getPrivateKey());
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Signing with " + jcaAlgorithm + " failed", e);
		}
	}

	@Override
	public String toString() {
		return "KeyEntrySigner[" + certificate().getSubjectX500Principal() + "]";
	}
}
