package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import com.jayway.jsonpath.JsonPath;

import vn.tinhso.directory.Role;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.SigningFixtures;

/** Incoming documents from registration to completion, outgoing ones from draft to delivery, and who sees what. */
class DocumentFlowTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
	/** A draft the leader can sign: a real page with room for the signature block. */
	static final byte[] DRAFT = SigningFixtures.pdf("Dự thảo văn bản");

	@Autowired
	SigningFixtures signingKeys;

	private String agency;
	private String unit;
	private String clerk;
	private String leader;
	private String specialist;
	private String unitSpecialist;
	private String outsider;

	@BeforeEach
	void agencyWithStaff() {
		agency = fixtures.department();
		unit = fixtures.unitUnder(agency);
		clerk = fixtures.official(agency, Role.CLERK);
		leader = fixtures.official(agency, Role.LEADER);
		specialist = fixtures.official(agency, Role.SPECIALIST);
		unitSpecialist = fixtures.official(unit, Role.SPECIALIST);
		outsider = fixtures.official(fixtures.department(), Role.SPECIALIST, Role.LEADER, Role.CLERK);
	}

	private MockMultipartHttpServletRequestBuilder incoming(String user, String notation) {
		return incoming(user, notation, LocalDate.now(ProvinceTime.ZONE).minusDays(2));
	}

	private MockMultipartHttpServletRequestBuilder incoming(String user, String notation, LocalDate issuedOn) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf", PDF))
				.param("agencyCode", agency).param("typeCode", "CV").param("notation", notation)
				.param("subject", "V/v triển khai chuyển đổi số cấp xã").param("issuerName", "Bộ Khoa học và Công nghệ")
				.param("issuedOn", issuedOn.toString()).with(as(user));
	}

	private long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.document.id")).longValue();
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void anIncomingDocumentIsNumberedAssignedFollowedAndCompleted() throws Exception {
		long id = id(mvc.perform(incoming(clerk, "1234/BKHCN-CĐSQG").param("urgency", "KHAN")
				.param("dueOn", LocalDate.now(ProvinceTime.ZONE).plusDays(5).toString()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.document.number").value(1))
				.andExpect(jsonPath("$.document.status").value("REGISTERED"))
				.andExpect(jsonPath("$.files[0].purpose").value("MAIN")));
		mvc.perform(incoming(clerk, "55/UBND-VP")).andExpect(jsonPath("$.document.number").value(2));

		// The same document twice, a malformed notation, a date in the future, a non-clerk, a non-PDF: all refused.
		mvc.perform(incoming(clerk, "1234/BKHCN-CĐSQG")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("document.duplicate"));
		mvc.perform(incoming(clerk, "công văn số 5")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.notation.format"));
		mvc.perform(incoming(clerk, "77/STP-VP", LocalDate.now(ProvinceTime.ZONE).plusDays(1)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("document.date.future"));
		mvc.perform(incoming(specialist, "78/STP-VP")).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/documents/incoming").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
				"MZ not a pdf".getBytes())).param("agencyCode", agency).param("typeCode", "CV").param("notation", "79/STP-VP")
				.param("subject", "x").param("issuerName", "y").param("issuedOn", "2026-01-05").with(as(clerk)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		assertThat(count("select count(*) from document where agency_code = ?", agency)).isEqualTo(2);

		// Only a leader assigns, with exactly one lead.
		String lines = "[{\"kind\":\"LEAD\",\"agencyCode\":\"" + unit + "\",\"dueOn\":null,\"note\":\"Tham mưu trả lời\"},"
				+ "{\"kind\":\"COOPERATE\",\"username\":\"" + specialist + "\"}]";
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON).content(lines)
				.with(as(specialist))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"COOPERATE\",\"username\":\"" + specialist + "\"}]").with(as(leader)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("document.assign.one-lead"));
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + outsider + "\"}]").with(as(leader)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("document.assignee.outside"));
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON).content(lines)
				.with(as(leader))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("ASSIGNED"))
				.andExpect(jsonPath("$.assignments.length()").value(2));

		// The lead unit's specialist sees it, reports and completes it; an official elsewhere does not see it.
		String list = mvc.perform(get("/api/v1/documents").param("direction", "IN").param("q", "chuyen doi so")
				.with(as(unitSpecialist))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(list, "$.items[*].id")).contains((int) id);
		mvc.perform(get("/api/v1/documents/" + id).with(as(outsider))).andExpect(status().isNotFound());
		String outsiders = mvc.perform(get("/api/v1/documents").with(as(outsider))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(outsiders, "$.items[*].id")).doesNotContain((int) id);
		mvc.perform(post("/api/v1/documents/" + id + "/progress").param("note", "Đã xin ý kiến các xã").with(as(unitSpecialist)))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/complete").with(as(specialist))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/documents/" + id + "/complete").param("note", "Đã trả lời").with(as(unitSpecialist)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.document.status").value("DONE"))
				.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("REGISTER", "ASSIGN",
						"PROGRESS", "COMPLETE")));
		assertThat(count("select count(*) from audit_event where action = 'document.view' and target_id = ?",
				Long.toString(id))).isPositive();
	}

	@Test
	void aSecretDocumentIsSeenOnlyByThoseItWasGivenTo() throws Exception {
		long id = id(mvc.perform(incoming(clerk, "12/BCA-MAT").param("confidentiality", "MAT")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.document.confidentiality").value("MAT")));
		mvc.perform(get("/api/v1/documents/" + id).with(as(specialist))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/" + id).with(as(leader))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"agencyCode\":\"" + unit + "\"}]").with(as(leader)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("document.secret.people-only"));
		mvc.perform(post("/api/v1/documents/" + id + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + specialist + "\"}]").with(as(leader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/documents/" + id).with(as(specialist))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/documents/" + id).with(as(unitSpecialist))).andExpect(status().isNotFound());
		// Secret documents have their own register: its numbers start again.
		assertThat(count("select number from document where id = ?", id)).isEqualTo(1);
	}

	@Test
	void anOutgoingDocumentIsReviewedIssuedWithItsNumberAndArrivesAtTheRecipient() throws Exception {
		signingKeys.leaderKey(leader);
		signingKeys.sealKey(agency);
		String recipient = fixtures.department();
		String recipientClerk = fixtures.official(recipient, Role.CLERK);
		String recipientLeader = fixtures.official(recipient, Role.LEADER);
		String reviewer = fixtures.official(agency, Role.SPECIALIST);
		long id = id(mvc.perform(multipart("/api/v1/documents/outgoing")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", DRAFT)).param("agencyCode", agency)
				.param("typeCode", "QD").param("subject", "Quyết định ban hành kế hoạch chuyển đổi số năm 2027")
				.param("recipients", recipient).with(as(specialist)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.document.status").value("DRAFT")));
		mvc.perform(post("/api/v1/documents/" + id + "/submit").param("reviewers", reviewer).param("signer", specialist)
				.with(as(specialist))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.signer.not-leader"));
		mvc.perform(post("/api/v1/documents/" + id + "/submit").param("reviewers", reviewer).param("signer", leader)
				.with(as(specialist))).andExpect(status().isOk()).andExpect(jsonPath("$.document.status").value("IN_REVIEW"));
		// Not the leader's turn yet; a return needs a reason.
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("document.review.not-your-turn"));
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "false").with(as(reviewer)))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "false").param("comment", "Sửa căn cứ pháp lý")
				.with(as(reviewer))).andExpect(jsonPath("$.document.status").value("RETURNED"));
		mvc.perform(multipart("/api/v1/documents/" + id + "/revisions")
				.file(new MockMultipartFile("file", "du-thao-2.pdf", "application/pdf", DRAFT)).with(as(specialist)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.files[1].revision").value(2));
		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/documents/" + id + "/submit").with(as(specialist))
				.param("signer", leader)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(reviewer))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)))
				.andExpect(jsonPath("$.document.status").value("APPROVED"));
		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(specialist))).andExpect(status().isForbidden());

		String abbreviation = jdbc.sql("select abbreviation from agency where code = ?").param(agency).query(String.class).single();
		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("ISSUED"))
				.andExpect(jsonPath("$.document.notation").value("01/QĐ-" + abbreviation))
				.andExpect(jsonPath("$.recipients[0].status").value("ARRIVED"));

		// The recipient finds it in its incoming register at once; its handling is reported back to the sender.
		String list = mvc.perform(get("/api/v1/documents").param("direction", "IN").with(as(recipientClerk)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(list, "$.items[*].notation")).contains("01/QĐ-" + abbreviation);
		long arrived = ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
		mvc.perform(post("/api/v1/documents/" + arrived + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + recipientLeader + "\"}]").with(as(recipientLeader)))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/documents/" + id).with(as(specialist)))
				.andExpect(jsonPath("$.recipients[0].status").value("ASSIGNED"));
	}

	@Test
	void numbersRestartPerTypeAndOfficialLettersNameTheDraftingUnit() throws Exception {
		signingKeys.leaderKey(leader);
		signingKeys.sealKey(agency);
		String abbreviation = jdbc.sql("select abbreviation from agency where code = ?").param(agency).query(String.class).single();
		assertThat(issued("QD", "")).isEqualTo("01/QĐ-" + abbreviation);
		assertThat(issued("QD", "")).isEqualTo("02/QĐ-" + abbreviation);
		assertThat(issued("CV", "TH")).isEqualTo("01/" + abbreviation + "-TH");
	}

	private String issued(String type, String unitAbbreviation) throws Exception {
		long id = id(mvc.perform(multipart("/api/v1/documents/outgoing")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", DRAFT)).param("agencyCode", agency)
				.param("typeCode", type).param("subject", "Văn bản thử").param("draftingUnit", unitAbbreviation)
				.with(as(specialist))));
		mvc.perform(post("/api/v1/documents/" + id + "/submit").param("signer", leader).with(as(specialist)));
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)));
		String body = mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.document.notation");
	}

	@Test
	void concurrentRegistrationsGetConsecutiveNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String notation = (100 + i) + "/UBND-VP";
				Callable<Integer> call = () -> mvc.perform(incoming(clerk, notation)).andReturn().getResponse().getStatus();
				results.add(pool.submit(call));
			}
			for (Future<Integer> r : results) {
				assertThat(r.get()).isEqualTo(201);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select number from document where agency_code = ? order by number").param(agency)
				.query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
	}

	@Test
	void documentsAreFoundByWordsInsideTheirPdfWithoutDiacritics() throws Exception {
		byte[] pdf = pdfWithText("Kế hoạch nâng cấp hạ tầng viễn thông tại các xã miền núi");
		long id = id(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", pdf)).param("agencyCode", agency)
				.param("typeCode", "KH").param("notation", "88/KH-SKHCN").param("subject", "Kế hoạch năm 2027")
				.param("issuerName", "Sở Khoa học và Công nghệ")
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).toString()).with(as(clerk)))
				.andExpect(status().isCreated()));
		for (String q : List.of("vien thong mien nui", "Viễn thông MIỀN NÚI")) {
			String body = mvc.perform(get("/api/v1/documents").param("q", q).with(as(leader))).andReturn().getResponse()
					.getContentAsString();
			assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].id")).containsExactly((int) id);
		}
		// A second match: pages of one are full in the recent window, the total still counts both, newest first.
		long newer = id(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "ke-hoach-2.pdf", "application/pdf",
						pdfWithText("Báo cáo viễn thông miền núi quý IV"))).param("agencyCode", agency)
				.param("typeCode", "BC").param("notation", "89/BC-SKHCN").param("subject", "Báo cáo quý IV")
				.param("issuerName", "Sở Khoa học và Công nghệ")
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).toString()).with(as(clerk)))
				.andExpect(status().isCreated()));
		for (int page = 0; page < 3; page++) {
			String body = mvc.perform(get("/api/v1/documents").param("q", "vien thong mien nui").param("size", "1")
					.param("page", Integer.toString(page)).with(as(leader))).andReturn().getResponse().getContentAsString();
			assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].id"))
					.isEqualTo(page == 0 ? List.of((int) newer) : page == 1 ? List.of((int) id) : List.of());
			assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(2);
		}
		String none = mvc.perform(get("/api/v1/documents").param("q", "vien thong dong bang").with(as(leader)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(none, "$.items[*].id")).isEmpty();
	}

	@Test
	void aBroadSearchCountsToTwoHundredAndSaysThereAreMore() throws Exception {
		long id = id(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", pdfWithText("Kế hoạch khuyến nông vùng cao")))
				.param("agencyCode", agency).param("typeCode", "KH").param("notation", "90/KH-SNN")
				.param("subject", "Kế hoạch khuyến nông vùng cao").param("issuerName", "Sở Nông nghiệp và Môi trường")
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).toString()).with(as(clerk)))
				.andExpect(status().isCreated()));
		// 230 more registered in one statement: copies with their own arrival numbers.
		String columns = String.join(", ", jdbc.sql("""
				select column_name from information_schema.columns
				where table_name = 'document' and column_name not in ('id', 'number') and is_generated = 'NEVER'
				order by ordinal_position""").query(String.class).list());
		jdbc.sql("insert into document (number, " + columns + ") select d.number + g, " + columns.replace("notation", "notation || '-' || g")
				+ " from document d, generate_series(1, 230) g where d.id = ?").param(id).update();

		String body = mvc.perform(get("/api/v1/documents").param("q", "khuyen nong vung cao").with(as(leader)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].id")).hasSize(20);
		assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(DocumentQueries.SEARCH_COUNT_CAP + 1);
		String page = mvc.perform(get("/staff/documents").param("q", "khuyen nong vung cao").with(as(leader)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Hơn 200 kết quả");
		String register = mvc.perform(get("/api/v1/documents").param("size", "5").with(as(leader)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(register, "$.total")).as("a register without words counts further").isEqualTo(231);
	}

	static byte[] pdfWithText(String text) throws java.io.IOException {
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			var page = new org.apache.pdfbox.pdmodel.PDPage();
			doc.addPage(page);
			var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc,
					DocumentFlowTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf"));
			try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(font, 12);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}
}
