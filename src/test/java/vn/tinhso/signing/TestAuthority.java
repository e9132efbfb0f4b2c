package vn.tinhso.signing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A certificate authority of the tests' own, trusted by configuration, whose certificates name a CRL URL. */
final class TestAuthority {

	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

	private final KeyPair pair;
	private final X509Certificate certificate;
	private final Path file;

	TestAuthority() throws Exception {
		pair = rsa();
		X500Name name = new X500Name("CN=TinhSo Test CA,O=Test,C=VN");
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(SERIAL.incrementAndGet()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		certificate = sign(builder, pair.getPrivate());
		file = Files.createTempFile("test-ca", ".pem");
		Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
	}

	static TestAuthority create() {
		try {
			return new TestAuthority();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	String file() {
		return file.toString();
	}

	X509Certificate certificate() {
		return certificate;
	}

	record Issued(PrivateKey key, X509Certificate certificate) {
	}

	/** A signing certificate whose revocation list is published at the given URL. */
	Issued issue(String commonName, String crlUrl) throws Exception {
		KeyPair subject = rsa();
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(certificate, BigInteger.valueOf(SERIAL.incrementAndGet()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
				new X500Name("CN=" + commonName + ",O=Test,C=VN"), subject.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
				new DistributionPoint(new DistributionPointName(new GeneralNames(
						new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))), null, null) }));
		return new Issued(subject.getPrivate(), sign(builder, pair.getPrivate()));
	}

	private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key) throws Exception {
		return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
	}

	private static KeyPair rsa() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		return rsa.generateKeyPair();
	}
}
