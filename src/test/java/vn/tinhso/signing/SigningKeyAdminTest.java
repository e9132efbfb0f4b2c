package vn.tinhso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** Administrators upload PKCS#12 keys and images; a refused upload stores nothing, an accepted one is sealed. */
class SigningKeyAdminTest extends IntegrationTest {

	static final char[] PASSWORD = "Mật khẩu 1!".toCharArray();

	@Autowired
	PdfSigning signing;

	@Autowired
	PdfVerification verification;

	/** Units under one department: the shared test context has only 99 department codes for every test. */
	private static String parent;
	private String admin;
	private String department;
	private long leader;

	@BeforeEach
	void anAgencyWithALeader() {
		if (parent == null) {
			parent = fixtures.department();
		}
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		department = fixtures.unitUnder(parent);
		leader = accountId(fixtures.official(department, Role.LEADER));
	}

	@Test
	void anUploadedKeystoreIsStoredSealedAndSigns() throws Exception {
		TestPdfs.Keystore keystore = valid();
		upload(admin, "/api/v1/signing/officials/" + leader + "/keystore", keystore.pkcs12(), PASSWORD)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ownerKind").value("OFFICIAL"))
				.andExpect(jsonPath("$.subject", Matchers.containsString("Lãnh Đạo Tải Lên")))
				.andExpect(jsonPath("$.source").value("UPLOAD"));

		byte[] sealed = jdbc.sql("select sealed_key from signing_key where owner_kind = 'OFFICIAL' and owner_ref = ?")
				.param(Long.toString(leader)).query((rs, i) -> rs.getBytes(1)).single();
		byte[] chain = jdbc.sql("select chain from signing_key where owner_kind = 'OFFICIAL' and owner_ref = ?")
				.param(Long.toString(leader)).query((rs, i) -> rs.getBytes(1)).single();
		for (byte[] column : new byte[][] { sealed, chain }) {
			assertThat(TestPdfs.indexOf(column, keystore.pkcs12())).isNegative();
			assertThat(TestPdfs.indexOf(column, keystore.privateKey())).isNegative();
		}
		assertThat(TestPdfs.indexOf(chain, keystore.certificate().getEncoded())).as("the certificate is public").isNotNegative();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'signing.key.stored' and target_id = ?")
				.param(Long.toString(leader)).query(Long.class).single()).isEqualTo(1);

		assertThat(signing.canSign(leader)).as("no signature image yet").isFalse();
		mvc.perform(multipart("/api/v1/signing/officials/" + leader + "/image")
				.file(new MockMultipartFile("file", "chu-ky.png", "image/png", DemoImagesForTests.signature())).with(as(admin)))
				.andExpect(status().isNoContent());
		assertThat(signing.canSign(leader)).isTrue();

		byte[] signed = signing.signAsOfficial(leader, TestPdfs.document("Tờ trình"), SignaturePlace.defaultBlock(), "GIÁM ĐỐC");
		VerificationReport report = verification.verify(signed);
		assertThat(report.signatures()).singleElement().satisfies(check -> {
			assertThat(check.signerName()).isEqualTo("Lãnh Đạo Tải Lên");
			assertThat(check.intact()).isTrue();
			assertThat(check.trusted()).as("a self-signed certificate is not a trust anchor").isFalse();
			assertThat(check.indication()).isNotEqualTo("TOTAL_PASSED");
		});

		mvc.perform(get("/api/v1/signing/keys").with(as(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.owner == '" + leader + "')].subject", Matchers.hasSize(1)));
	}

	@Test
	void aWrongPasswordIsRefusedAndNothingStored() throws Exception {
		upload(admin, "/api/v1/signing/agencies/" + department + "/keystore", valid().pkcs12(), "sai".toCharArray())
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("signing.wrong-password"));
		assertThat(storedFor("AGENCY", department)).isZero();
	}

	@Test
	void anExpiredCertificateIsRefusedAndNothingStored() throws Exception {
		Instant now = Instant.now();
		TestPdfs.Keystore expired = TestPdfs.keystore("Hết Hạn", PASSWORD, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
		upload(admin, "/api/v1/signing/agencies/" + department + "/keystore", expired.pkcs12(), PASSWORD)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("signing.certificate-expired"));
		upload(admin, "/api/v1/signing/agencies/" + department + "/keystore", "not a keystore".getBytes(), PASSWORD)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("signing.keystore-invalid"));
		assertThat(storedFor("AGENCY", department)).isZero();
	}

	@Test
	void onlyAdministratorsOverTheAgencyMayUpload() throws Exception {
		byte[] p12 = valid().pkcs12();
		String path = "/api/v1/signing/agencies/" + department + "/keystore";
		String specialist = fixtures.official(department, Role.SPECIALIST, Role.LEADER);
		String otherAdmin = fixtures.official(fixtures.unitUnder(parent), Role.AGENCY_ADMIN);
		upload(specialist, path, p12, PASSWORD).andExpect(status().isForbidden());
		upload(otherAdmin, path, p12, PASSWORD).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("signing.not-allowed"));
		mvc.perform(multipart(path).file(new MockMultipartFile("file", "k.p12", "application/x-pkcs12", p12))
				.param("password", new String(PASSWORD)).with(csrf()))
				.andExpect(status().isUnauthorized());
		assertThat(storedFor("AGENCY", department)).isZero();

		String ownAdmin = fixtures.official(department, Role.AGENCY_ADMIN);
		upload(ownAdmin, path, p12, PASSWORD).andExpect(status().isOk());
		assertThat(storedFor("AGENCY", department)).isOne();
		assertThat(signing.canSeal(department)).as("a key but no seal image").isFalse();
	}

	private TestPdfs.Keystore valid() throws Exception {
		Instant now = Instant.now();
		return TestPdfs.keystore("Lãnh Đạo Tải Lên", PASSWORD, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
	}

	private ResultActions upload(String who, String path, byte[] p12, char[] password) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", "khoa.p12", "application/x-pkcs12", p12))
				.param("password", new String(password)).with(as(who)));
	}

	private long storedFor(String kind, String ref) {
		return jdbc.sql("select count(*) from signing_key where owner_kind = ? and owner_ref = ?").params(kind, ref)
				.query(Long.class).single();
	}

	private long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}
}
