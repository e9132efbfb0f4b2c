package vn.tinhso.signing.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.platform.DomainException;

/**
 * Opens an uploaded PKCS#12 file and checks that it holds a private key with a certificate fit for
 * signing today. Only what passes is returned; nothing is stored here.
 */
@Component
class KeystoreImport {

	static final int MAX_BYTES = 64 * 1024;

	private final Clock clock;

	KeystoreImport(Clock clock) {
		this.clock = clock;
	}

	record Opened(PrivateKey key, List<X509Certificate> chain) {
	}

	Opened open(byte[] pkcs12, char[] password) {
		if (pkcs12 == null || pkcs12.length == 0 || pkcs12.length > MAX_BYTES) {
			throw DomainException.invalid("signing.keystore-invalid");
		}
		KeyStore store = load(pkcs12, password);
		try {
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
					List<X509Certificate> chain = chain(store.getCertificateChain(alias));
					checkFit(key, chain);
					return new Opened(key, chain);
				}
			}
		}
		catch (UnrecoverableKeyException e) {
			throw DomainException.invalid("signing.wrong-password");
		}
		catch (GeneralSecurityException e) {
			throw DomainException.invalid("signing.keystore-invalid");
		}
		throw DomainException.invalid("signing.keystore-no-key");
	}

	private static KeyStore load(byte[] pkcs12, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
			return store;
		}
		catch (IOException e) {
			// The JDK reports a failed integrity check (a wrong password) as an IOException caused by this.
			if (e.getCause() instanceof UnrecoverableKeyException) {
				throw DomainException.invalid("signing.wrong-password");
			}
			throw DomainException.invalid("signing.keystore-invalid");
		}
		catch (GeneralSecurityException | RuntimeException e) {
			throw DomainException.invalid("signing.keystore-invalid");
		}
	}

	private static List<X509Certificate> chain(Certificate[] certificates) {
		if (certificates == null || certificates.length == 0
				|| !Arrays.stream(certificates).allMatch(X509Certificate.class::isInstance)) {
			throw DomainException.invalid("signing.keystore-no-key");
		}
		return Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
	}

	private void checkFit(PrivateKey key, List<X509Certificate> chain) {
		X509Certificate cert = chain.get(0);
		java.util.Date now = java.util.Date.from(clock.instant());
		if (cert.getNotAfter().before(now)) {
			throw DomainException.invalid("signing.certificate-expired", cert.getNotAfter().toInstant().toString());
		}
		if (cert.getNotBefore().after(now)) {
			throw DomainException.invalid("signing.certificate-not-yet-valid", cert.getNotBefore().toInstant().toString());
		}
		boolean[] usage = cert.getKeyUsage();
		if (usage != null && !(usage[0] || usage[1])) {
			throw DomainException.invalid("signing.certificate-unfit");
		}
		if (!matches(key, cert)) {
			throw DomainException.invalid("signing.keystore-invalid");
		}
	}

	/** The key signs something the certificate's public key verifies: the two belong together. */
	private static boolean matches(PrivateKey key, X509Certificate cert) {
		String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
		try {
			byte[] probe = "tinhso-keystore-probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(probe);
			byte[] value = signer.sign();
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(cert.getPublicKey());
			verifier.update(probe);
			return verifier.verify(value);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}
}
