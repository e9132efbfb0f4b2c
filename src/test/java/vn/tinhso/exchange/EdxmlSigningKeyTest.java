package vn.tinhso.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import vn.tinhso.signing.SigningKey;

/**
 * edXML signed with a key that signs where it lives (a token, a remote service): the codec hands it the
 * canonical SignedInfo and nothing else, and the result verifies like a signature made in memory.
 */
class EdxmlSigningKeyTest {

	private final EdxmlCodec codec = new EdxmlCodec(31_457_280);

	/** Signs through the in-memory key, as a token would inside itself, and remembers what it was asked to sign. */
	private static final class TokenKey implements SigningKey {

		final List<byte[]> asked = new ArrayList<>();
		private final KeyStore.PrivateKeyEntry entry;

		TokenKey(KeyStore.PrivateKeyEntry entry) {
			this.entry = entry;
		}

		@Override
		public List<X509Certificate> certificateChain() {
			return List.of((X509Certificate) entry.getCertificate());
		}

		@Override
		public byte[] sign(byte[] data, String jcaAlgorithm) {
			asked.add(data);
			return KeyEntrySigner.of(entry).sign(data, jcaAlgorithm);
		}
	}

	@Test
	void aPackageSignedOutsideTheJvmKeyStoreVerifiesAndCarriesTheKeysCertificate() {
		TokenKey token = new TokenKey(TestSigners.signer("Con dau So Thu nghiem"));
		EdxmlPackage p = Samples.pkg("000.00.01.H56", "000.00.00.H27");

		ReadPackage read = codec.read(codec.write(p, token));

		assertThat(read.signature().valid()).isTrue();
		assertThat(read.signature().certificate()).isEqualTo(token.certificateChain().get(0));
		assertThat(read.pkg()).isEqualTo(p);
		// Only the canonical SignedInfo went to the key, never the document with its attachments.
		assertThat(token.asked).singleElement()
				.satisfies(data -> assertThat(new String(data, java.nio.charset.StandardCharsets.UTF_8))
						.startsWith("<ds:SignedInfo").doesNotContain("Công văn 15-UBND-VP.pdf"));
	}

	@Test
	void aStatusSignedByTheTokenVerifiesAndAChangedOneDoesNot() {
		TokenKey token = new TokenKey(TestSigners.signer("Con dau So Thu nghiem"));
		StatusMessage status = Samples.status("000.00.01.H56", "000.00.00.H27", Samples.documentId("000.00.00.H27"),
				StatusCode.DONE);
		String xml = new String(codec.writeStatus(status, token), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(codec.readStatus(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).signature().valid()).isTrue();
		assertThat(codec.readStatus(xml.replace("<edXML:StatusCode>06<", "<edXML:StatusCode>02<")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)).signature().valid()).isFalse();
	}

	@Test
	void onlyRsaKeysCanSignEdxml() throws Exception {
		assertThat(codec.canSignWith(new TokenKey(TestSigners.signer()))).isTrue();
		X509Certificate ec = ecCertificate();
		SigningKey ecKey = new SigningKey() {

			@Override
			public List<X509Certificate> certificateChain() {
				return List.of(ec);
			}

			@Override
			public byte[] sign(byte[] data, String jcaAlgorithm) {
				throw new AssertionError("not to be asked");
			}
		};
		assertThat(codec.canSignWith(ecKey)).isFalse();
		assertThat(codec.canSignWith(null)).isFalse();
	}

	private static X509Certificate ecCertificate() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Con dau EC,C=VN");
		Instant now = Instant.now();
		return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
				Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)), name, pair.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
	}
}
