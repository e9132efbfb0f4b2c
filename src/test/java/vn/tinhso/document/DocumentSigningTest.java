package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.directory.Role;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.signing.PdfSigning;
import vn.tinhso.signing.PdfVerification;
import vn.tinhso.signing.SignaturePlace;
import vn.tinhso.signing.VerificationReport;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.SigningFixtures;

/**
 * Outgoing documents signed as Decree 30/2020 wants: the leader's signature when they approve, the agency's
 * seal when the clerk issues; incoming PDFs verified on arrival (unsigned and broken ones registered with
 * what was found); recall and replacement, each refused with nothing changed when it does not fit.
 */
@RecordApplicationEvents
class DocumentSigningTest extends IntegrationTest {

	private static final String MARKER = "ORIGINAL-TITLE-MARKER";

	// Two departments for the class (issuer and recipient), shared by its tests.
	private static String agency;
	private static String clerk;
	private static String leader;
	private static String specialist;
	private static String keylessLeader;
	private static String recipient;
	private static String recipientClerk;
	private static String recipientLeader;

	@Autowired
	SigningFixtures signingKeys;

	@Autowired
	PdfVerification verification;

	@Autowired
	PdfSigning signing;

	@Autowired
	ApplicationEvents events;

	@Autowired
	FileStore files;

	@BeforeEach
	void twoAgenciesWithKeys() {
		if (agency == null) {
			agency = fixtures.department();
			clerk = fixtures.official(agency, Role.CLERK);
			leader = fixtures.official(agency, Role.LEADER);
			specialist = fixtures.official(agency, Role.SPECIALIST);
			keylessLeader = fixtures.official(agency, Role.LEADER);
			jdbc.sql("update official set position = 'Phó Chủ tịch' where account_id = (select id from account where username = ?)")
					.param(leader).update();
			signingKeys.leaderKey(leader);
			signingKeys.sealKey(agency);
			recipient = fixtures.department();
			recipientClerk = fixtures.official(recipient, Role.CLERK);
			recipientLeader = fixtures.official(recipient, Role.LEADER);
		}
	}

	@Test
	void theLeaderSignsOnApprovalTheClerkSealsOnIssueAndTheRecipientSeesBothSignaturesValid() throws Exception {
		long id = draft(agency, specialist, "Quyết định phê duyệt kế hoạch số hóa hồ sơ", recipient, null);
		submit(id, specialist, leader);
		String approved = mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.document.status").value("APPROVED"))
				.andExpect(jsonPath("$.document.signerTitle").value("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"))
				.andExpect(jsonPath("$.files.length()").value(2))
				.andExpect(jsonPath("$.files[1].purpose").value("DRAFT"))
				.andExpect(jsonPath("$.files[1].revision").value(2))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(approved, "$.files[1].fileName")).endsWith("-da-ky.pdf");

		// The new revision carries exactly the leader's signature, intact and trusted through the demo authority.
		VerificationReport signedDraft = verification.verify(file(id, JsonPath.read(approved, "$.files[1].sha256")));
		assertThat(signedDraft.signatures()).singleElement().satisfies(check -> {
			assertThat(check.signerName()).isEqualTo("Cán bộ " + leader);
			assertThat(check.intact()).isTrue();
			assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
		});

		String abbreviation = jdbc.sql("select abbreviation from agency where code = ?").param(agency).query(String.class).single();
		String issued = mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("ISSUED"))
				.andExpect(jsonPath("$.recipients[0].status").value("ARRIVED"))
				.andExpect(jsonPath("$.files[2].purpose").value("MAIN"))
				.andReturn().getResponse().getContentAsString();
		String notation = JsonPath.read(issued, "$.document.notation");
		assertThat(notation).endsWith("/QĐ-" + abbreviation);
		String mainSha = JsonPath.read(issued, "$.files[2].sha256");
		byte[] sealed = file(id, mainSha);

		VerificationReport report = verification.verify(sealed);
		String agencyName = jdbc.sql("select name from agency where code = ?").param(agency).query(String.class).single();
		assertThat(report.allValid()).isTrue();
		assertThat(report.signatures()).hasSize(2).allSatisfy(check -> {
			assertThat(check.intact()).isTrue();
			assertThat(check.trusted()).isTrue();
			assertThat(check.coversWholeDocument()).isTrue();
			assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
		});
		assertThat(report.signatures().get(0).signerName()).isEqualTo("Cán bộ " + leader);
		assertThat(report.signatures().get(1).signerName()).isEqualTo(agencyName);
		assertThat(sealText(sealed)).contains("Số: " + notation).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		assertValidInPdfsig(sealed, 2);

		// The recipient's copy holds the same sealed file, verified once on arrival.
		long arrived = ((Number) JsonPath.read(issued, "$.recipients[0].deliveredId")).longValue();
		mvc.perform(get("/api/v1/documents/" + arrived).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.files[0].sha256").value(mainSha))
				.andExpect(jsonPath("$.signatures[0].sha256").value(mainSha))
				.andExpect(jsonPath("$.signatures[0].outcome").value("VALID"))
				.andExpect(jsonPath("$.signatures[0].allValid").value(true))
				.andExpect(jsonPath("$.signatures[0].signatures.length()").value(2))
				.andExpect(jsonPath("$.signatures[0].signatures[0].signerName").value("Cán bộ " + leader))
				.andExpect(jsonPath("$.signatures[0].signatures[1].signerName").value(agencyName))
				.andExpect(jsonPath("$.signatures[0].signatures[1].indication").value("TOTAL_PASSED"));
		mvc.perform(get("/api/v1/documents/" + arrived + "/signatures").with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].outcome").value("VALID"));
		mvc.perform(get("/api/v1/documents/" + arrived + "/signatures").with(as(specialist))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from document_file_check where file_sha256 = ?").param(mainSha)
				.query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/staff/documents/" + arrived).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Chữ ký số hợp lệ")))
				.andExpect(content().string(containsString("Cán bộ " + leader)))
				.andExpect(content().string(not(containsString("id=\"signature-warning\""))));
	}

	@Test
	void anAttachmentIsSignedWithTheNotationWhenIssuedAndDeliveredSigned() throws Exception {
		long id = draft(agency, specialist, "Kế hoạch kèm phụ lục danh mục dữ liệu", recipient, null);
		StoredFile annex = files.store("file", SigningFixtures.pdf("Phụ lục: danh mục dữ liệu mở"), Set.of(FileType.PDF));
		jdbc.sql("""
				insert into document_file (document_id, purpose, revision, file_sha256, file_name, media_type, size, uploaded_by)
				values (?, 'ATTACHMENT', 1, ?, 'phu-luc.pdf', 'application/pdf', ?, ?)""")
				.params(id, annex.sha256(), annex.size(), accountId(specialist)).update();
		approve(id);
		String issued = mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		String notation = JsonPath.read(issued, "$.document.notation");
		List<String> signedAnnex = JsonPath.read(issued, "$.files[?(@.purpose == 'ATTACHMENT' && @.revision == 2)].sha256");
		assertThat(signedAnnex).hasSize(1);
		byte[] annexPdf = file(id, signedAnnex.get(0));
		String agencyName = jdbc.sql("select name from agency where code = ?").param(agency).query(String.class).single();
		assertThat(verification.verify(annexPdf).signatures()).singleElement().satisfies(check -> {
			assertThat(check.signerName()).isEqualTo(agencyName);
			assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
		});
		assertThat(sealText(annexPdf)).contains("Số, ký hiệu: " + notation);

		long arrived = deliveredCopy(id);
		mvc.perform(get("/api/v1/documents/" + arrived).with(as(recipientClerk)))
				.andExpect(jsonPath("$.files[*].purpose").value(org.hamcrest.Matchers.contains("MAIN", "ATTACHMENT")))
				.andExpect(jsonPath("$.files[1].sha256").value(signedAnnex.get(0)))
				.andExpect(jsonPath("$.signatures[*].outcome").value(org.hamcrest.Matchers.contains("VALID", "VALID")));
	}

	@Test
	void aLeaderWithoutAKeyCannotSignAndNothingChanges() throws Exception {
		long id = draft(agency, specialist, "Thông báo kết luận cuộc họp giao ban", recipient, null);
		submit(id, specialist, keylessLeader);
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(keylessLeader)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.sign.no-key"))
				.andExpect(jsonPath("$.detail").value(containsString("chứng thư số")));
		mvc.perform(get("/api/v1/documents/" + id).with(as(specialist)))
				.andExpect(jsonPath("$.document.status").value("IN_REVIEW"))
				.andExpect(jsonPath("$.files.length()").value(1))
				.andExpect(jsonPath("$.reviews[0].decision").value(org.hamcrest.Matchers.nullValue()))
				.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("DRAFT", "SUBMIT")));
	}

	@Test
	void anAgencyWithoutASealCannotIssueAndNothingChanges() throws Exception {
		String unit = fixtures.unitUnder(agency);
		String unitClerk = fixtures.official(unit, Role.CLERK);
		String unitLeader = fixtures.official(unit, Role.LEADER);
		String unitSpecialist = fixtures.official(unit, Role.SPECIALIST);
		signingKeys.leaderKey(unitLeader);
		long id = draft(unit, unitSpecialist, "Báo cáo tình hình tiếp nhận hồ sơ", recipient, null);
		submit(id, unitSpecialist, unitLeader);
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(unitLeader)))
				.andExpect(jsonPath("$.document.status").value("APPROVED"));

		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(unitClerk)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.seal.no-key"));
		mvc.perform(get("/api/v1/documents/" + id).with(as(unitClerk)))
				.andExpect(jsonPath("$.document.status").value("APPROVED"))
				.andExpect(jsonPath("$.document.number").value(org.hamcrest.Matchers.nullValue()))
				.andExpect(jsonPath("$.files[*].purpose").value(org.hamcrest.Matchers.contains("DRAFT", "DRAFT")))
				.andExpect(jsonPath("$.recipients[0].status").value("PENDING"));
		assertThat(jdbc.sql("select count(*) from document_number n join document_register r on r.id = n.register_id "
				+ "where r.agency_code = ? and r.direction = 'OUT'").param(unit).query(Integer.class).single()).isZero();
	}

	@Test
	void anUnsignedScanIsRegisteredAsUnsignedAndATamperedPdfWithAWarning() throws Exception {
		long scan = register(SigningFixtures.pdf("Công văn giấy đã quét"), "301/UBND-VP", true);
		mvc.perform(get("/api/v1/documents/" + scan).with(as(recipientClerk)))
				.andExpect(jsonPath("$.signatures[0].outcome").value("UNSIGNED"))
				.andExpect(jsonPath("$.signatures[0].signed").value(false));
		mvc.perform(get("/staff/documents/" + scan).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Không có chữ ký số")))
				.andExpect(content().string(not(containsString("id=\"signature-warning\""))));

		// Signed by the issuing agency, then one byte of the signed content changed on the way.
		byte[] signed = signing.signAsOfficial(accountId(leader), markedPdf(), SignaturePlace.defaultBlock(), "GIÁM ĐỐC");
		byte[] tampered = signed.clone();
		int at = indexOf(tampered, MARKER.getBytes(StandardCharsets.US_ASCII));
		assertThat(at).isPositive();
		tampered[at] = 'X';
		long broken = register(tampered, "302/UBND-VP", false);
		String body = mvc.perform(get("/api/v1/documents/" + broken).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("REGISTERED"))
				.andExpect(jsonPath("$.signatures[0].outcome").value("BROKEN"))
				.andExpect(jsonPath("$.signatures[0].allValid").value(false))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(body, "$.signatures[0].signatures[*].intact")).containsOnly(false);
		mvc.perform(get("/staff/documents/" + broken).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"signature-warning\"")))
				.andExpect(content().string(containsString("Chữ ký số không hợp lệ")));

		// The untouched file from the same signer verifies; the outcome is stored once per content.
		long intact = register(signed, "303/UBND-VP", false);
		mvc.perform(get("/api/v1/documents/" + intact).with(as(recipientClerk)))
				.andExpect(jsonPath("$.signatures[0].outcome").value("VALID"));
		assertThat(jdbc.sql("select count(*) from document_file_signature where file_sha256 = "
				+ "(select file_sha256 from document_file where document_id = ?)").param(intact).query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void theIssuingAgencyRecallsADocumentAndTheRecipientsCopyIsMarkedButKept() throws Exception {
		long id = issuedDocument("Kế hoạch kiểm tra công tác cải cách hành chính");
		long copy = deliveredCopy(id);
		String notation = jdbc.sql("select notation from document where id = ?").param(id).query(String.class).single();

		// Only the issuing agency's clerk or leader, with a reason; another agency does not even see it.
		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", "Sai căn cứ").with(as(specialist)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", "Sai căn cứ").with(as(recipientLeader)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/documents/" + copy + "/recall").param("reason", "Sai căn cứ").with(as(recipientLeader)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", " ").with(as(leader)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(statusOf(id)).isEqualTo("ISSUED");
		assertThat(statusOf(copy)).isEqualTo("REGISTERED");

		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", "Sai căn cứ pháp lý").with(as(leader)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.document.status").value("RECALLED"))
				.andExpect(jsonPath("$.recipients[0].status").value("RECALLED"))
				.andExpect(jsonPath("$.history[-1].action").value("RECALL"))
				.andExpect(jsonPath("$.history[-1].note").value("Sai căn cứ pháp lý"));
		assertThat(events.stream(DocumentRecalled.class).filter(e -> e.documentId() == id))
				.containsExactly(new DocumentRecalled(id, agency, notation, "Sai căn cứ pháp lý"));

		// The copy stays readable, leaves the working register, and takes no more handling.
		mvc.perform(get("/api/v1/documents/" + copy).with(as(recipientClerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("RECALLED"))
				.andExpect(jsonPath("$.history[-1].note").value(containsString("Sai căn cứ pháp lý")));
		assertThat(incomingIds(recipientClerk, "")).doesNotContain((int) copy);
		assertThat(incomingIds(recipientClerk, "RECALLED")).contains((int) copy);
		mvc.perform(post("/api/v1/documents/" + copy + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + recipientLeader + "\"}]").with(as(recipientLeader)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));
		mvc.perform(get("/staff/documents/" + copy).with(as(recipientLeader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"withdrawn-notice\"")))
				.andExpect(content().string(not(containsString("id=\"assign-form\""))));

		// Twice is once too many.
		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", "Lần nữa").with(as(clerk)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));
		assertThat(jdbc.sql("select count(*) from document_event where document_id = ? and action = 'RECALL'").param(id)
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theRecallFormIsOfferedToTheClerkAndWorksFromThePage() throws Exception {
		long id = issuedDocument("Giấy mời dự hội nghị trực tuyến");
		mvc.perform(get("/staff/documents/" + id).with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"recall-form\"")))
				.andExpect(content().string(containsString("id=\"replace-draft\"")));
		mvc.perform(get("/staff/documents/" + id).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"recall-form\""))));
		mvc.perform(post("/staff/documents/" + id + "/recall").param("reason", "").with(as(clerk)).with(csrf()))
				.andExpect(flash().attribute("alert", containsString("bắt buộc")));
		mvc.perform(post("/staff/documents/" + id + "/recall").param("reason", "Thay đổi thời gian").with(as(clerk))
				.with(csrf())).andExpect(flash().attribute("notice", "document.done.recall"));
		mvc.perform(get("/staff/documents/" + id).with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Đã thu hồi")))
				.andExpect(content().string(not(containsString("id=\"recall-form\""))))
				.andExpect(content().string(containsString("id=\"replace-draft\"")));

		// The replacement link opens the draft form with the document it replaces filled in; a wrong id is named.
		mvc.perform(get("/staff/documents/outgoing/new").param("agency", agency).param("replaces", Long.toString(id))
				.with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"replacesId\" name=\"replacesId\" type=\"text\" value=\"" + id + "\"")));
		mvc.perform(multipart("/staff/documents/outgoing/new")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", SigningFixtures.pdf("Giấy mời (thay thế)")))
				.param("agencyCode", agency).param("typeCode", "GM").param("subject", "Giấy mời (thay thế)")
				.param("urgency", "NORMAL").param("confidentiality", "NORMAL").param("pageCount", "1")
				.param("recipients", recipient).param("replacesId", "abc").with(as(clerk)).with(csrf()))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"replacesId-error\"")));
		mvc.perform(multipart("/staff/documents/outgoing/new")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", SigningFixtures.pdf("Giấy mời (thay thế)")))
				.param("agencyCode", agency).param("typeCode", "GM").param("subject", "Giấy mời (thay thế)")
				.param("urgency", "NORMAL").param("confidentiality", "NORMAL").param("pageCount", "1")
				.param("recipients", recipient).param("replacesId", Long.toString(id)).with(as(clerk)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from document where replaces_id = ?").param(id).query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void aReplacementIssuedMarksTheOldDocumentReplacedAndLinksBoth() throws Exception {
		long old = issuedDocument("Quyết định thành lập tổ công tác chuyển đổi số");
		long oldCopy = deliveredCopy(old);

		// Only an issued document of the same agency can be replaced.
		long unissued = draft(agency, specialist, "Dự thảo chưa ban hành", recipient, null);
		mvc.perform(draftRequest(agency, specialist, "Thay thế dự thảo", recipient, unissued))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));
		mvc.perform(draftRequest(agency, specialist, "Thay thế văn bản không có", recipient, 99_999_999L))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("document.replaces.unknown"));
		mvc.perform(draftRequest(recipient, fixtures.official(recipient, Role.SPECIALIST), "Thay thế của cơ quan khác",
				agency, old)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("replacesId"));

		long replacement = draft(agency, specialist, "Quyết định thành lập tổ công tác (thay thế)", recipient, old);
		long rival = draft(agency, specialist, "Một bản thay thế khác", recipient, old);
		mvc.perform(get("/api/v1/documents/" + replacement).with(as(specialist))).andExpect(jsonPath("$.replacesId").value(old));
		approve(replacement);
		approve(rival);
		mvc.perform(post("/api/v1/documents/" + replacement + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("ISSUED"))
				.andExpect(jsonPath("$.replacesId").value(old));
		String replacementNotation = jdbc.sql("select notation from document where id = ?").param(replacement)
				.query(String.class).single();
		mvc.perform(get("/api/v1/documents/" + old).with(as(clerk)))
				.andExpect(jsonPath("$.document.status").value("REPLACED"))
				.andExpect(jsonPath("$.replacedById").value(replacement))
				.andExpect(jsonPath("$.history[-1].action").value("REPLACE"))
				.andExpect(jsonPath("$.history[-1].note").value(containsString(replacementNotation)));
		assertThat(statusOf(oldCopy)).isEqualTo("REPLACED");
		assertThat(incomingIds(recipientClerk, "")).doesNotContain((int) oldCopy)
				.contains((int) deliveredCopy(replacement));
		mvc.perform(get("/staff/documents/" + old).with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"document-replaced-by\"")))
				.andExpect(content().string(not(containsString("id=\"recall-form\""))));

		// The old one is no longer issued: no recall, and the rival replacement cannot be issued; nothing changes.
		mvc.perform(post("/api/v1/documents/" + old + "/recall").param("reason", "Thu hồi").with(as(leader)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));
		mvc.perform(post("/api/v1/documents/" + rival + "/issue").with(as(clerk)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));
		assertThat(statusOf(rival)).isEqualTo("APPROVED");
		assertThat(jdbc.sql("select number from document where id = ?").param(rival).query(Integer.class).optional())
				.isEmpty();
	}

	// --- helpers -----------------------------------------------------------------------------------------

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder draftRequest(
			String agencyCode, String drafter, String subject, String to, Long replaces) {
		var request = multipart("/api/v1/documents/outgoing")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", SigningFixtures.pdf(subject)))
				.param("agencyCode", agencyCode).param("typeCode", "QD").param("subject", subject).param("recipients", to);
		if (replaces != null) {
			request.param("replacesId", replaces.toString());
		}
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) request.with(as(drafter));
	}

	private long draft(String agencyCode, String drafter, String subject, String to, Long replaces) throws Exception {
		return id(mvc.perform(draftRequest(agencyCode, drafter, subject, to, replaces)).andExpect(status().isCreated()));
	}

	private void submit(long id, String drafter, String signer) throws Exception {
		mvc.perform(post("/api/v1/documents/" + id + "/submit").param("signer", signer).with(as(drafter)))
				.andExpect(status().isOk());
	}

	private void approve(long id) throws Exception {
		submit(id, specialist, leader);
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)))
				.andExpect(jsonPath("$.document.status").value("APPROVED"));
	}

	private long issuedDocument(String subject) throws Exception {
		long id = draft(agency, specialist, subject, recipient, null);
		approve(id);
		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk());
		return id;
	}

	private long deliveredCopy(long outgoing) {
		return jdbc.sql("select delivered_id from document_recipient where document_id = ?").param(outgoing)
				.query(Long.class).single();
	}

	private long register(byte[] pdf, String notation, boolean scanned) throws Exception {
		return id(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", pdf)).param("agencyCode", recipient)
				.param("typeCode", "CV").param("notation", notation).param("subject", "Văn bản đến " + notation)
				.param("issuerName", "Ủy ban nhân dân huyện").param("scanned", Boolean.toString(scanned))
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString()).with(as(recipientClerk)))
				.andExpect(status().isCreated()));
	}

	private List<Integer> incomingIds(String user, String status) throws Exception {
		String body = mvc.perform(get("/api/v1/documents").param("direction", "IN").param("status", status)
				.param("size", "100").with(as(user))).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.items[*].id");
	}

	private byte[] file(long documentId, String sha256) throws Exception {
		long fileId = jdbc.sql("select id from document_file where document_id = ? and file_sha256 = ? order by id limit 1")
				.params(documentId, sha256).query(Long.class).single();
		return mvc.perform(get("/api/v1/documents/" + documentId + "/files/" + fileId).with(as(clerk)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from document where id = ?").param(id).query(String.class).single();
	}

	private long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	private static long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.document.id")).longValue();
	}

	/** The text of the signature appearances, as a reader sees them on the page. */
	private static String sealText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
			document.getDocumentCatalog().getAcroForm().flatten(fields, false);
			return new PDFTextStripper().getText(document);
		}
	}

	/** Poppler's pdfsig, a validator that is not DSS, finds every signature valid (skipped where it is absent). */
	private static void assertValidInPdfsig(byte[] pdf, int signatures) throws Exception {
		Path pdfsig = Path.of("/usr/bin/pdfsig");
		if (!Files.isExecutable(pdfsig)) {
			return;
		}
		Path file = Files.createTempFile("sealed", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(pdfsig.toString(), "-nocert", file.toString()).redirectErrorStream(true)
					.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(output.split("Signature is Valid", -1)).as(output).hasSize(signatures + 1);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** An uncompressed one-page PDF whose title can be found in its bytes, to change after signing. */
	private static byte[] markedPdf() throws IOException {
		try (PDDocument document = new PDDocument();
				InputStream font = DocumentSigningTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(PDType0Font.load(document, font, true), 13);
				content.newLineAtOffset(72, 760);
				content.showText("Công văn đã ký số");
				content.endText();
			}
			document.getDocumentInformation().setTitle(MARKER);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
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
}
