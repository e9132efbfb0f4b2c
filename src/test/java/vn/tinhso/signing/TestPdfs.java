package vn.tinhso.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Real PDFs, keystores and page renderings for the signing tests. */
final class TestPdfs {

	static final String MARKER = "ORIGINAL-CONTENT-MARKER";

	private TestPdfs() {
	}

	/** A two-page A4 document written without compression, so its text and title can be found in the bytes. */
	static byte[] document(String title) throws IOException {
		try (PDDocument document = new PDDocument();
				InputStream font = TestPdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			PDType0Font dejavu = PDType0Font.load(document, font, true);
			for (int p = 1; p <= 2; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream out = new PDPageContentStream(document, page)) {
					out.beginText();
					out.setFont(dejavu, 13);
					out.newLineAtOffset(72, 760);
					out.showText(title + " — trang " + p);
					out.endText();
				}
			}
			document.getDocumentInformation().setTitle(MARKER);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(page, dpi);
		}
	}

	static int lastPage(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages() - 1;
		}
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer:
		for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static int indexOf(byte[] haystack, String ascii) {
		return indexOf(haystack, ascii.getBytes(StandardCharsets.US_ASCII));
	}

	static byte[] sha256(byte[]... parts) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (byte[] part : parts) {
			sha.update(part);
		}
		return sha.digest();
	}

	record Keystore(byte[] pkcs12, byte[] privateKey, X509Certificate certificate) {
	}

	/** A self-signed RSA signing certificate valid between the two instants, in a PKCS#12 file. */
	static Keystore keystore(String commonName, char[] password, Instant notBefore, Instant notAfter) throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair pair = rsa.generateKeyPair();
		X500Name name = new X500Name("CN=" + commonName + ",O=Sở Thử nghiệm,C=VN");
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), Date.from(notBefore),
				Date.from(notAfter), name, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate cert = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("signer", pair.getPrivate(), password, new Certificate[] { cert });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.store(out, password);
		return new Keystore(out.toByteArray(), pair.getPrivate().getEncoded(), cert);
	}
}
