package vn.tinhso.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp authority on a local port: BouncyCastle's response generator behind the
 * JDK's HTTP server, with a self-signed timestamping certificate written to a PEM file to trust.
 */
final class TimestampAuthorityStandIn implements AutoCloseable {

	private final HttpServer server;
	private final TimeStampResponseGenerator responses;
	private final Path certificateFile;
	private final AtomicInteger served = new AtomicInteger();
	private final AtomicInteger serial = new AtomicInteger(1);
	private final AtomicBoolean failing = new AtomicBoolean();

	private TimestampAuthorityStandIn() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair pair = rsa.generateKeyPair();
		X500Name name = new X500Name("CN=TinhSo Test TSA,O=Test,C=VN");
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic());
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pair.getPrivate(), certificate),
				new JcaDigestCalculatorProviderBuilder().build().get(new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
		tokens.addCertificates(new JcaCertStore(List.of(certificate)));
		responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

		certificateFile = Files.createTempFile("tsa", ".pem");
		Files.writeString(certificateFile, "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
				+ "\n-----END CERTIFICATE-----\n");

		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/tsa", this::answer);
		server.start();
	}

	static TimestampAuthorityStandIn start() {
		try {
			return new TimestampAuthorityStandIn();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot start the timestamp authority stand-in", e);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
	}

	String certificateFile() {
		return certificateFile.toString();
	}

	int served() {
		return served.get();
	}

	/** While set, every request gets a 500, as from an authority that is down. */
	void failing(boolean value) {
		failing.set(value);
	}

	private synchronized void answer(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			if (failing.get()) {
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
			byte[] response = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
			// Counted before the reply goes out: the client may read it and ask served() before this thread goes on.
			served.incrementAndGet();
			exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
			exchange.sendResponseHeaders(200, response.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response);
			}
		}
		catch (Exception e) {
			exchange.sendResponseHeaders(400, -1);
		}
	}

	@Override
	public void close() throws IOException {
		server.stop(0);
		Files.deleteIfExists(certificateFile);
	}
}
