package vn.tinhso.signing.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.tinhso.signing.SigningKey;

/**
 * A certificate authority for the demo province: a root created once (its key sealed like any other),
 * personal certificates for leaders and organisation certificates for agency seals, and an empty CRL
 * so that verification can say GOOD about the certificates it issued.
 */
@Service
public class DemoAuthority {

	private static final Logger log = LoggerFactory.getLogger(DemoAuthority.class);
	private static final Duration ROOT_LIFE = Duration.ofDays(3650);
	private static final Duration LEAF_LIFE = Duration.ofDays(3 * 365);
	private static final Duration CRL_LIFE = Duration.ofDays(1);
	private static final Duration SKEW = Duration.ofHours(1);

	private final StoredKeys keys;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private volatile X509Certificate root;
	private volatile CachedCrl crl;

	private record CachedCrl(byte[] der, Instant refreshAfter) {
	}

	DemoAuthority(StoredKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** The demo root, if one was ever created (verification trusts it). */
	public Optional<X509Certificate> existingRoot() {
		X509Certificate known = root;
		if (known != null) {
			return Optional.of(known);
		}
		Optional<X509Certificate> stored = keys.chain(KeyOwner.DEMO_ROOT).map(chain -> chain.get(0));
		stored.ifPresent(cert -> root = cert);
		return stored;
	}

	/** The demo root, created on first call. */
	public synchronized X509Certificate root() {
		return existingRoot().orElseGet(() -> {
			KeyPair pair = rsa();
			X500Name name = name("TinhSo Demo Root CA", "TinhSo (demo)");
			Instant now = clock.instant();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(SKEW)),
					Date.from(now.plus(ROOT_LIFE)), name, pair.getPublic());
			X509Certificate cert = build(builder, pair, pair.getPrivate(), null, true);
			keys.saveIfAbsent(KeyOwner.DEMO_ROOT, pair.getPrivate(), List.of(cert), "DEMO");
			root = null;
			X509Certificate stored = existingRoot().orElseThrow();
			log.info("Demo certificate authority created: {}", stored.getSubjectX500Principal().getName());
			return stored;
		});
	}

	/** Issues a signing certificate and stores its key for the owner, replacing what was there. */
	public void issue(KeyOwner owner, String commonName, String organisation) {
		X509Certificate issuer = root();
		SigningKey rootKey = keys.load(KeyOwner.DEMO_ROOT).orElseThrow();
		KeyPair pair = rsa();
		Instant now = clock.instant();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(now.minus(SKEW)),
				Date.from(now.plus(LEAF_LIFE)), name(commonName, organisation), pair.getPublic());
		X509Certificate cert = build(builder, pair, privateKey(rootKey), issuer, false);
		keys.save(owner, pair.getPrivate(), List.of(cert, issuer), "DEMO", null);
	}

	/** A fresh CRL of the demo root listing nothing, reissued daily. */
	public Optional<byte[]> crl() {
		Optional<X509Certificate> issuer = existingRoot();
		if (issuer.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		CachedCrl cached = crl;
		if (cached == null || now.isAfter(cached.refreshAfter())) {
			cached = new CachedCrl(signCrl(issuer.get(), now), now.plus(CRL_LIFE.dividedBy(2)));
			crl = cached;
		}
		return Optional.of(cached.der());
	}

	private byte[] signCrl(X509Certificate issuer, Instant now) {
		try {
			X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.getSubjectX500Principal(), Date.from(now.minusSeconds(60)));
			builder.setNextUpdate(Date.from(now.plus(CRL_LIFE)));
			builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA")
					.build(privateKey(keys.load(KeyOwner.DEMO_ROOT).orElseThrow()));
			return builder.build(signer).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
			throw new IllegalStateException("Cannot sign the demo CRL", e);
		}
	}

	private X509Certificate build(X509v3CertificateBuilder builder, KeyPair subject, PrivateKey signingKey,
			X509Certificate issuer, boolean authority) {
		try {
			JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
					? KeyUsage.keyCertSign | KeyUsage.cRLSign
					: KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subject.getPublic()));
			if (issuer != null) {
				builder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
			}
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(signingKey);
			return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
			throw new IllegalStateException("Cannot issue a demo certificate", e);
		}
	}

	private static PrivateKey privateKey(SigningKey key) {
		if (key instanceof SoftwareKey software) {
			return software.privateKey();
		}
		throw new IllegalStateException("The demo root key is not a software key");
	}

	private static X500Name name(String commonName, String organisation) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
				.addRDN(BCStyle.CN, commonName).build();
	}

	private BigInteger serial() {
		return new BigInteger(127, random).add(BigInteger.ONE);
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
