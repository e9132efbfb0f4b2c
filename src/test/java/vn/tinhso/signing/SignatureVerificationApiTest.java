package vn.tinhso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import vn.tinhso.directory.Role;
import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;
import vn.tinhso.support.IntegrationTest;

/** Anyone signed in may upload a PDF and read what its signatures are worth, as JSON or as a page. */
class SignatureVerificationApiTest extends IntegrationTest {

	@Autowired
	PdfSigning signing;

	@Autowired
	DemoProvisioning demo;

	@Test
	void theApiReportsEachSignature() throws Exception {
		byte[] signed = signedAndSealed();
		String citizen = fixtures.citizen();
		mvc.perform(multipart("/api/v1/signatures/verify").file(pdf("van-ban.pdf", signed)).with(as(citizen)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.signed").value(true))
				.andExpect(jsonPath("$.allValid").value(true))
				.andExpect(jsonPath("$.message").value("Cả 2 chữ ký đều hợp lệ và bao trùm toàn bộ tệp."))
				.andExpect(jsonPath("$.signatures", Matchers.hasSize(2)))
				.andExpect(jsonPath("$.signatures[0].level").value("PAdES-BASELINE-B"))
				.andExpect(jsonPath("$.signatures[0].intact").value(true))
				.andExpect(jsonPath("$.signatures[0].trusted").value(true))
				.andExpect(jsonPath("$.signatures[0].revocation").value("GOOD"))
				.andExpect(jsonPath("$.signatures[0].indication").value("TOTAL_PASSED"))
				.andExpect(jsonPath("$.signatures[1].coversWholeDocument").value(true))
				.andExpect(jsonPath("$.signatures[1].signingTime", Matchers.endsWith("+07:00")));
	}

	@Test
	void anUnsignedPdfIsAnswerNotAnError() throws Exception {
		String official = fixtures.official(agency(), Role.SPECIALIST);
		mvc.perform(multipart("/api/v1/signatures/verify").file(pdf("chua-ky.pdf", TestPdfs.document("Chưa ký")))
				.with(as(official)).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.signed").value(false))
				.andExpect(jsonPath("$.allValid").value(false))
				.andExpect(jsonPath("$.signatures", Matchers.empty()))
				.andExpect(jsonPath("$.message").value("This file carries no digital signature."));
	}

	@Test
	void notAPdfIsABadRequestWithACode() throws Exception {
		String citizen = fixtures.citizen();
		mvc.perform(multipart("/api/v1/signatures/verify")
				.file(pdf("fake.pdf", "hello, not a pdf".getBytes(StandardCharsets.UTF_8))).with(as(citizen)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("signing.not-a-pdf"))
				.andExpect(jsonPath("$.type").value("urn:tinhso:problem:signing.not-a-pdf"));
	}

	@Test
	void anonymousCallersMustSignIn() throws Exception {
		mvc.perform(multipart("/api/v1/signatures/verify").file(pdf("a.pdf", TestPdfs.document("x"))).with(csrf()))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/signatures/verify")).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePageShowsOneTablePerSignature() throws Exception {
		byte[] signed = signedAndSealed();
		String citizen = fixtures.citizen();
		mvc.perform(get("/signatures/verify").with(as(citizen)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));
		String page = mvc.perform(multipart("/signatures/verify").file(pdf("van-ban.pdf", signed)).with(as(citizen)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chữ ký 1", "Chữ ký 2", "PAdES-BASELINE-B", "Chưa bị thu hồi",
				"Cả 2 chữ ký đều hợp lệ", "van-ban.pdf");
		assertThat(page.split("<table", -1)).hasSize(3);

		mvc.perform(multipart("/signatures/verify").file(pdf("x.pdf", "nope".getBytes(StandardCharsets.UTF_8)))
				.with(as(citizen)).with(csrf()).cookie(new Cookie("TINHSO_LANG", "en")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("The file is not a valid PDF.")));
	}

	/** One agency for the class: the shared test context has only 99 department codes for every test. */
	private static String agency;
	private static long leader;

	private String agency() {
		if (agency == null) {
			agency = fixtures.department();
			leader = jdbc.sql("select id from account where username = ?")
					.param(fixtures.official(agency, Role.LEADER)).query(Long.class).single();
			demo.provision(KeyOwner.official(leader));
			demo.provision(KeyOwner.agency(agency));
		}
		return agency;
	}

	private byte[] signedAndSealed() throws Exception {
		agency();
		byte[] signed = signing.signAsOfficial(leader, TestPdfs.document("Quyết định"), SignaturePlace.defaultBlock(),
				"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
		return signing.sealAsAgency(agency, signed, SignaturePlace.defaultBlock());
	}

	private static MockMultipartFile pdf(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/pdf", bytes);
	}
}
