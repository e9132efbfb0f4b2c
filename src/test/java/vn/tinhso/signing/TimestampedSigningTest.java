package vn.tinhso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;
import vn.tinhso.signing.keys.SignatureImages;
import vn.tinhso.signing.keys.StoredKeys;
import vn.tinhso.support.IntegrationTest;

/**
 * With a timestamp authority configured, signatures are PAdES-BASELINE-T; with trust anchors configured,
 * revocation is looked for on the network, briefly (own context: both are configuration).
 */
class TimestampedSigningTest extends IntegrationTest {

	static final TimestampAuthorityStandIn TSA = TimestampAuthorityStandIn.start();
	static final TestAuthority CA = TestAuthority.create();

	@DynamicPropertySource
	static void timestampAuthority(DynamicPropertyRegistry properties) {
		properties.add("tinhso.signing.tsa-url", TSA::url);
		properties.add("tinhso.signing.trust-anchors", () -> TSA.certificateFile() + "," + CA.file());
		properties.add("tinhso.signing.network-timeout", () -> "1s");
	}

	@AfterAll
	static void stop() throws IOException {
		TSA.close();
	}

	@Autowired
	PdfSigning signing;

	@Autowired
	PdfVerification verification;

	@Autowired
	DemoProvisioning demo;

	@Autowired
	StoredKeys keys;

	@Autowired
	SignatureImages images;

	/** One department for the class: the test fixtures have only 99 department codes for the whole run. */
	private static String department;

	private String department() {
		if (department == null) {
			department = fixtures.department();
		}
		return department;
	}

	@Test
	void signaturesCarryATrustedTimestamp() throws Exception {
		String agency = department();
		long leader = jdbc.sql("select id from account where username = ?")
				.param(fixtures.official(agency, Role.LEADER)).query(Long.class).single();
		demo.provision(KeyOwner.official(leader));
		demo.provision(KeyOwner.agency(agency));
		int servedBefore = TSA.served();
		OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

		byte[] pdf = TestPdfs.document("Kế hoạch");
		byte[] signed = signing.signAsOfficial(leader, pdf, SignaturePlace.defaultBlock(), "CHỦ TỊCH");
		signed = signing.sealAsAgency(agency, signed, SignaturePlace.defaultBlock());
		OffsetDateTime after = OffsetDateTime.now().plusSeconds(1);

		assertThat(TSA.served() - servedBefore).isEqualTo(2);
		VerificationReport report = verification.verify(signed);
		assertThat(report.signatures()).hasSize(2).allSatisfy(check -> {
			assertThat(check.level()).isEqualTo("PAdES-BASELINE-T");
			assertThat(check.timestampTime()).isNotNull().isBetween(before, after);
			assertThat(check.intact()).isTrue();
			assertThat(check.trusted()).isTrue();
			assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
		});
		assertThat(report.allValid()).isTrue();

		TSA.failing(true);
		try {
			assertThatThrownBy(() -> signing.signAsOfficial(leader, pdf, SignaturePlace.defaultBlock(), "CHỦ TỊCH"))
					.isInstanceOfSatisfying(DomainException.class, e -> {
						assertThat(e.code()).isEqualTo("signing.tsa-unavailable");
						assertThat(e.status().value()).isEqualTo(503);
					});
		}
		finally {
			TSA.failing(false);
		}
	}

	@Test
	void anUnreachableRevocationServiceGivesIndeterminateQuickly() throws Exception {
		String agency = fixtures.unitUnder(department());
		long leader = jdbc.sql("select id from account where username = ?")
				.param(fixtures.official(agency, Role.LEADER)).query(Long.class).single();
		// Nothing listens on the first; the second is a private address that answers nobody.
		String closed = "http://127.0.0.1:" + freePort() + "/ca.crl";
		for (String crl : List.of(closed, "http://10.255.255.1/ca.crl")) {
			TestAuthority.Issued issued = CA.issue("Lãnh Đạo Ngoại Tuyến", crl);
			KeyOwner owner = KeyOwner.official(leader);
			keys.save(owner, issued.key(), List.of(issued.certificate(), CA.certificate()), "UPLOAD", null);
			images.store(owner, DemoImagesForTests.signature(), "UPLOAD", null);
			byte[] signed = signing.signAsOfficial(leader, TestPdfs.document("Ngoại tuyến"), SignaturePlace.defaultBlock(), "GIÁM ĐỐC");

			long started = System.nanoTime();
			VerificationReport report = verification.verify(signed);
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(took).as(crl).isLessThan(Duration.ofSeconds(10));
			assertThat(report.signatures()).singleElement().satisfies(check -> {
				assertThat(check.intact()).isTrue();
				assertThat(check.trusted()).isTrue();
				assertThat(check.revocation()).isEqualTo("UNKNOWN");
				assertThat(check.indication()).isEqualTo("INDETERMINATE");
			});
			assertThat(report.allValid()).isFalse();
		}
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
