package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.Role;
import vn.tinhso.exchange.DocumentPackageArrived;
import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlCodec;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.ReadPackage;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.exchange.partner.PartnerAdmin;
import vn.tinhso.exchange.partner.PartnerDraft;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.signing.AgencyKeys;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.SigningFixtures;

/**
 * Documents exchanged with another province as edXML: an issued document leaves as a signed package (or
 * waits, marked, for a route) and the statuses it gets back show on its page; a package that arrives is
 * registered once, with its PDF and text, and its handling is reported back; a recall from either side.
 * The other province is played by an HTTP server of the test's own, behind a registered partner.
 */
class DocumentExchangeTest extends IntegrationTest {

	/** The other province: a partner serves it; packages for H44 have no route until one is registered. */
	private static final String HA_TINH = "000.00.00.H42";
	private static final String HA_TINH_NAME = "Ủy ban nhân dân tỉnh Hà Tĩnh";
	private static final String NO_ROUTE = "000.00.00.H44";

	private static final OtherProvince PEER = new OtherProvince();

	// One department for the class: the test run has few department codes (000.00.zz.H99) to share.
	private static String agency;
	private static String clerk;
	private static String leader;
	private static String specialist;
	private static String outsider;
	private static String internalRecipient;
	private static String peerKey;
	private static KeyStore.PrivateKeyEntry peerSigner;

	@Autowired
	SigningFixtures signingKeys;

	@Autowired
	PartnerAdmin partners;

	@Autowired
	EdxmlCodec codec;

	@Autowired
	AgencyKeys agencyKeys;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@BeforeEach
	void agencyAndTheOtherProvince() {
		if (agency == null) {
			agency = fixtures.department();
			clerk = fixtures.official(agency, Role.CLERK);
			leader = fixtures.official(agency, Role.LEADER);
			specialist = fixtures.official(agency, Role.SPECIALIST);
			outsider = fixtures.official(fixtures.department(), Role.CLERK, Role.LEADER, Role.SPECIALIST);
			internalRecipient = fixtures.department();
			signingKeys.leaderKey(leader);
			signingKeys.sealKey(agency);
			peerKey = partners.create(new PartnerDraft("Trục liên thông tỉnh Hà Tĩnh", List.of("*.H42"), PEER.url("h42"),
					"key-from-ha-tinh", null)).apiKey();
			peerSigner = selfSigned("Van thu UBND tinh Ha Tinh");
		}
	}

	@AfterAll
	static void stopTheOtherProvince() {
		PEER.close();
	}

	// ---------------------------------------------------------------- outgoing

	@Test
	void anIssuedDocumentLeavesAsASignedPackageMatchingItAndItsStatusesComeBack() throws Exception {
		String subject = "V/v phối hợp chuyển đổi số liên tỉnh " + UUID.randomUUID().toString().substring(0, 6);
		long id = issued(subject, internalRecipient, HA_TINH + " " + HA_TINH_NAME, NO_ROUTE + " | Ủy ban nhân dân tỉnh Quảng Bình");
		String notation = jdbc.sql("select notation from document where id = ?").param(id).query(String.class).single();
		LocalDate issuedOn = jdbc.sql("select issued_on from document where id = ?").param(id).query(LocalDate.class).single();

		// Inside the installation at once; outside after the issue commits: sent, or no route, said so.
		assertThat(recipientStatus(id, internalRecipient)).isEqualTo("ARRIVED");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(recipientStatus(id, HA_TINH))
				&& "NO_ROUTE".equals(recipientStatus(id, NO_ROUTE)));
		assertThat(jdbc.sql("select status_note from document_recipient where document_id = ? and agency_code = ?")
				.params(id, NO_ROUTE).query(String.class).single()).contains("Chưa có đường liên thông");

		byte[] xml = jdbc.sql("""
				select m.xml from exchange_message m join document_recipient r on r.exchange_message_id = m.id
				where r.document_id = ? and r.agency_code = ?""").params(id, HA_TINH).query(byte[].class).single();
		ReadPackage read = codec.read(xml);
		assertThat(read.signature().valid()).isTrue();
		assertThat(read.signature().certificate()).isEqualTo(agencyKeys.agencyKey(agency).orElseThrow().certificate());
		MessageHeader h = read.pkg().header();
		String agencyName = jdbc.sql("select name from agency where code = ?").param(agency).query(String.class).single();
		assertThat(h.from()).isEqualTo(Organ.of(agency, agencyName));
		assertThat(h.to()).containsExactly(Organ.of(HA_TINH, HA_TINH_NAME), Organ.of(NO_ROUTE, "Ủy ban nhân dân tỉnh Quảng Bình"));
		assertThat(h.documentId()).isEqualTo(agency + "," + issuedOn.toString().replace('-', '/') + "," + notation);
		assertThat(h.code().toString()).isEqualTo(notation);
		assertThat(h.promulgation().date()).isEqualTo(issuedOn);
		assertThat(h.documentType().typeName()).isEqualTo("Công văn");
		assertThat(h.subject()).isEqualTo(subject);
		assertThat(h.signer().fullName()).isEqualTo("Cán bộ " + leader);
		assertThat(h.otherInfo().priority()).isEqualTo(1);
		assertThat(h.toPlaces()).hasSize(3).contains(HA_TINH_NAME);
		String mainSha = jdbc.sql("select file_sha256 from document_file where document_id = ? and purpose = 'MAIN'")
				.param(id).query(String.class).single();
		assertThat(read.pkg().attachments()).singleElement().satisfies(a -> {
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(sha256(a.content())).isEqualTo(mainSha);
		});
		// The other province gets exactly what was stored, with the key it gave us.
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> PEER.received("/h42/packages", xml));

		// Its statuses come back: the latest by time of the step wins, whatever order they arrive in.
		DocumentReference ref = new DocumentReference(agency, notation, issuedOn, h.documentId());
		Instant now = Instant.now();
		report(statusFrom(ref, StatusCode.ACCEPTED, "Đã vào sổ văn bản đến, số đến 15.", now.minusSeconds(120)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(recipientStatus(id, HA_TINH)));
		report(statusFrom(ref, StatusCode.DONE, "Đã trả lời bằng Công văn số 88/UBND-KGVX.", now));
		report(statusFrom(ref, StatusCode.ASSIGNED, "Giao Sở Khoa học và Công nghệ chủ trì.", now.minusSeconds(60)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> history(id, "EXCHANGE_STATUS") == 3);
		assertThat(recipientStatus(id, HA_TINH)).isEqualTo("DONE");
		mvc.perform(get("/api/v1/documents/" + id + "/exchange").with(as(specialist))).andExpect(status().isOk())
				.andExpect(jsonPath("$.recipients[1].reports[*].statusCode").value(
						org.hamcrest.Matchers.contains("ACCEPTED", "ASSIGNED", "DONE")));
		mvc.perform(get("/staff/documents/" + id).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Liên thông edXML")))
				.andExpect(content().string(containsString("Trong hệ thống")))
				.andExpect(content().string(containsString("Chưa có đường liên thông")))
				.andExpect(content().string(containsString("Đã trả lời bằng Công văn số 88/UBND-KGVX.")))
				.andExpect(content().string(containsString("Nơi nhận báo trạng thái")));
		// An official of another agency sees none of it.
		mvc.perform(get("/api/v1/documents/" + id + "/exchange").with(as(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/" + id).with(as(outsider))).andExpect(status().isNotFound());
	}

	@Test
	void aRecipientWithoutRouteIsSentOnceAPartnerServesItAndOnlyByTheClerk() throws Exception {
		String province = "000.00.00.H45";
		long id = issued("V/v đề nghị cung cấp dữ liệu dân cư", province + " Ủy ban nhân dân tỉnh Quảng Trị");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "NO_ROUTE".equals(recipientStatus(id, province)));
		mvc.perform(get("/staff/documents/" + id).with(as(clerk))).andExpect(content().string(containsString("id=\"do-resend\"")));

		mvc.perform(post("/api/v1/documents/" + id + "/resend").with(as(specialist))).andExpect(status().isForbidden());
		partners.create(new PartnerDraft("Trục liên thông tỉnh Quảng Trị", List.of("*.H45"), PEER.url("h45"), "key-h45", null));
		mvc.perform(post("/api/v1/documents/" + id + "/resend").with(as(clerk))).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(recipientStatus(id, province)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> PEER.count("/h45/packages") == 1);
		mvc.perform(post("/api/v1/documents/" + id + "/resend").with(as(clerk))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("document.exchange.nothing-to-resend"));
		assertThat(history(id, "EXCHANGE_FAILED")).isEqualTo(1);
		assertThat(history(id, "EXCHANGE_SENT")).isEqualTo(1);
	}

	@Test
	void recallingAnIssuedDocumentAsksTheOutsideRecipientsForItBack() throws Exception {
		long id = issued("V/v tổ chức hội nghị trực tuyến", HA_TINH + " " + HA_TINH_NAME);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(recipientStatus(id, HA_TINH)));
		String documentId = jdbc.sql("select edxml_document_id from document_recipient where document_id = ? and agency_code = ?")
				.params(id, HA_TINH).query(String.class).single();

		mvc.perform(post("/api/v1/documents/" + id + "/recall").param("reason", "Ban hành nhầm đối tượng").with(as(clerk)))
				.andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "RECALL_REQUESTED".equals(recipientStatus(id, HA_TINH)));
		assertThat(statusesSent(agency, documentId)).containsExactly(StatusCode.RECALL_REQUESTED.code());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> PEER.count("/h42/status") > 0);
		// The other province agrees: the recipient shows recalled.
		Issued sent = sentDocument(id);
		report(statusFrom(new DocumentReference(agency, sent.notation(), sent.issuedOn(), documentId), StatusCode.RECALLED,
				"Đồng ý thu hồi.", Instant.now()));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "RECALLED".equals(recipientStatus(id, HA_TINH)));
	}

	@Test
	void outsideRecipientsNeedACodeAndANameAndASecretDocumentStaysInside() throws Exception {
		mvc.perform(draft("Văn bản thử", "NORMAL", "000.00.00.H42")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.recipient.outside-name"));
		mvc.perform(draft("Văn bản thử", "NORMAL", "UBND tỉnh Hà Tĩnh")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.recipient.unknown"));
		mvc.perform(draft("Văn bản thử", "MAT", HA_TINH + " " + HA_TINH_NAME)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.recipient.secret-outside"));
		// Several outside recipients in one box, a line each, besides one chosen inside.
		String body = mvc.perform(draft("Văn bản thử", "NORMAL", internalRecipient,
				HA_TINH + " " + HA_TINH_NAME + "\n000.00.00.H46 - Ủy ban nhân dân tỉnh Thừa Thiên Huế\n"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(body, "$.recipients[*].internal")).containsExactly(true, false, false);
		assertThat(JsonPath.<List<String>>read(body, "$.recipients[*].name")).contains("Ủy ban nhân dân tỉnh Thừa Thiên Huế");

		// The form keeps what was typed in the box for outside recipients, with the refusal next to it.
		mvc.perform(multipart("/staff/documents/outgoing/new").param("agencyCode", agency).param("typeCode", "CV")
				.param("subject", "Công văn thử").param("recipients", internalRecipient)
				.param("recipients", HA_TINH + " " + HA_TINH_NAME + "\n000.00.00.H46").with(as(specialist)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"recipients-outside\"")))
				.andExpect(content().string(containsString(HA_TINH + " " + HA_TINH_NAME + "\n000.00.00.H46</textarea>")))
				.andExpect(content().string(containsString("để gửi liên thông ra ngoài, hãy nhập mã định danh kèm tên cơ quan")));
	}

	// ---------------------------------------------------------------- incoming

	@Test
	void anArrivingPackageIsRegisteredOnceWithItsPdfAndItsHandlingIsReportedBack() throws Exception {
		byte[] pdf = SigningFixtures.pdf("Kế hoạch phát triển hạ tầng số vùng trung du năm 2027");
		Arrived a = arrive("Kế hoạch", 2, List.of(new EdxmlPackage.Attachment("Kế hoạch 15.pdf", "application/pdf",
				"Văn bản chính", pdf)));

		String body = mvc.perform(get("/api/v1/documents/" + a.id()).with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.source").value("EDXML"))
				.andExpect(jsonPath("$.document.typeCode").value("KH"))
				.andExpect(jsonPath("$.document.urgency").value("THUONG_KHAN"))
				.andExpect(jsonPath("$.document.issuerCode").value(HA_TINH))
				.andExpect(jsonPath("$.document.issuerName").value(HA_TINH_NAME))
				.andExpect(jsonPath("$.document.notation").value(a.code()))
				.andExpect(jsonPath("$.document.status").value("REGISTERED"))
				.andExpect(jsonPath("$.files[0].purpose").value("MAIN"))
				.andExpect(jsonPath("$.files[0].fileName").value("Kế hoạch 15.pdf"))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(body, "$.document.number")).isPositive();
		assertThat(sha256(pdf)).isEqualTo(JsonPath.read(body, "$.files[0].sha256"));
		// Verified on arrival (an unsigned PDF says so), and found by the words inside it.
		mvc.perform(get("/api/v1/documents/" + a.id() + "/signatures").with(as(clerk)))
				.andExpect(jsonPath("$[0].outcome").value("UNSIGNED"));
		String found = mvc.perform(get("/api/v1/documents").param("q", "ha tang so vung trung du").with(as(clerk)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(found, "$.items[*].id")).containsExactly((int) a.id());

		// The same package again, by the partner or by its event: nothing new.
		deliver(a.xml()).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
		tx.executeWithoutResult(t -> events.publishEvent(new DocumentPackageArrived(a.messageId(), agency, HA_TINH,
				HA_TINH_NAME, a.documentId(), a.code(), LocalDate.now(), "x", 2, null)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outstanding(a.messageId()) == 0);
		assertThat(jdbc.sql("select count(*) from document where agency_code = ? and notation = ?").params(agency, a.code())
				.query(Integer.class).single()).isEqualTo(1);

		// Arrived and accepted at once; assigned, processing (the first report only), done as they happen.
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3);
		mvc.perform(post("/api/v1/documents/" + a.id() + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + specialist + "\",\"note\":\"Tham mưu trả lời\"}]")
				.with(as(leader))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + a.id() + "/progress").param("note", "Đang lấy ý kiến các phòng")
				.with(as(specialist))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + a.id() + "/progress").param("note", "Đã có dự thảo trả lời")
				.with(as(specialist))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + a.id() + "/complete").param("note", "Đã trả lời bằng công văn")
				.with(as(specialist))).andExpect(status().isOk());
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3, 4, 5, 6);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> PEER.statusesFor(a.documentId()) == 5);
		assertThat(jdbc.sql("""
				select subject from exchange_message where direction = 'OUT' and kind = 'STATUS' and document_id = ?
				and status_code = 4""").param(a.documentId()).query(String.class).single())
				.isEqualTo("Đã phân công xử lý. Chủ trì: Cán bộ " + specialist);

		mvc.perform(get("/staff/documents/" + a.id()).with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Nhận qua trục liên thông từ " + HA_TINH_NAME)))
				.andExpect(content().string(containsString("Hoàn thành")));
		// Another agency's official does not see it.
		mvc.perform(get("/api/v1/documents/" + a.id()).with(as(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/" + a.id() + "/exchange").with(as(outsider))).andExpect(status().isNotFound());
		String theirs = mvc.perform(get("/api/v1/documents").with(as(outsider))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(theirs, "$.items[*].id")).doesNotContain((int) a.id());
	}

	@Test
	void aPackageWithoutPdfIsRegisteredAllTheSameWithAWarning() throws Exception {
		byte[] data = "mã,tên\n1,Xã Thạch Hà\n".getBytes(StandardCharsets.UTF_8);
		Arrived a = arrive("Công văn", 0, List.of(new EdxmlPackage.Attachment("danh sách.csv", "text/csv", null, data)));

		mvc.perform(get("/api/v1/documents/" + a.id()).with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.urgency").value("NORMAL"))
				.andExpect(jsonPath("$.files.length()").value(0))
				.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.hasItem("ARRIVAL_WARNING")));
		assertThat(jdbc.sql("select note from document_event where document_id = ? and action = 'ARRIVAL_WARNING' order by id")
				.param(a.id()).query(String.class).list()).anySatisfy(n -> assertThat(n).contains("không có tệp PDF"));
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3);
	}

	@Test
	void aDocumentFromOutsideMayBeRefusedWithAReasonTheSenderReceives() throws Exception {
		Arrived a = arrive("Công văn", 1, List.of(new EdxmlPackage.Attachment("cv.pdf", "application/pdf", null,
				SigningFixtures.pdf("Công văn gửi nhầm cơ quan"))));

		mvc.perform(post("/api/v1/documents/" + a.id() + "/refuse").with(as(clerk))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/documents/" + a.id() + "/refuse").param("reason", "x").with(as(specialist)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/documents/" + a.id() + "/refuse").param("reason", "x").with(as(outsider)))
				.andExpect(status().isNotFound());
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3);

		mvc.perform(post("/staff/documents/" + a.id() + "/refuse").param("reason", "Văn bản không thuộc thẩm quyền của Sở")
				.with(as(clerk)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/documents/" + a.id()).with(as(clerk))).andExpect(jsonPath("$.document.status").value("REFUSED"));
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3, 2);
		assertThat(jdbc.sql("""
				select subject from exchange_message where direction = 'OUT' and kind = 'STATUS' and document_id = ?
				and status_code = 2""").param(a.documentId()).query(String.class).single())
				.isEqualTo("Văn bản không thuộc thẩm quyền của Sở");
		// Refused is final: no assignment, no second refusal.
		mvc.perform(post("/api/v1/documents/" + a.id() + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + specialist + "\"}]").with(as(leader)))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/documents/" + a.id() + "/refuse").param("reason", "x").with(as(clerk)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.action.wrong-status"));

		// A document registered by hand did not come through the exchange: nothing to refuse it to.
		String registered = mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "cv.pdf", "application/pdf", SigningFixtures.pdf("Công văn giấy")))
				.param("agencyCode", agency).param("typeCode", "CV").param("notation", "9/UBND-VP").param("subject", "Công văn giấy")
				.param("issuerName", "UBND xã").param("issuedOn", LocalDate.now(ProvinceTime.ZONE).toString()).with(as(clerk)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long paper = ((Number) JsonPath.read(registered, "$.document.id")).longValue();
		mvc.perform(post("/api/v1/documents/" + paper + "/refuse").param("reason", "x").with(as(clerk)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("document.refuse.not-exchanged"));
	}

	@Test
	void theSenderRecallingItsDocumentMarksItRecalledKeepsItAndAnswers() throws Exception {
		Arrived a = arrive("Thông báo", 3, List.of(new EdxmlPackage.Attachment("tb.pdf", "application/pdf", null,
				SigningFixtures.pdf("Thông báo lịch họp"))));
		LocalDate promulgated = LocalDate.now(ProvinceTime.ZONE).minusDays(1);
		StatusMessage recall = new StatusMessage(new DocumentReference(HA_TINH, a.code(), promulgated, a.documentId()),
				Organ.of(HA_TINH, HA_TINH_NAME), StatusCode.RECALL_REQUESTED, "Thông báo ban hành nhầm", Instant.now(), null);

		report(recall);

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "RECALLED".equals(documentStatus(a.id())));
		assertThat(jdbc.sql("select note from document_event where document_id = ? and action = 'RECALL'").param(a.id())
				.query(String.class).single()).contains(HA_TINH_NAME, "Thông báo ban hành nhầm");
		assertThat(statusesSent(agency, a.documentId())).containsExactly(1, 3, StatusCode.RECALLED.code());
		mvc.perform(get("/api/v1/documents/" + a.id()).with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.files[0].purpose").value("MAIN"));
		// A recall of a document never received here is refused.
		StatusMessage unknown = new StatusMessage(new DocumentReference(HA_TINH, "1/UBND-VP", promulgated,
				HA_TINH + ",2026/01/01,1/UBND-VP-" + UUID.randomUUID()), Organ.of(HA_TINH, HA_TINH_NAME),
				StatusCode.RECALL_REQUESTED, "", Instant.now(), null);
		mvc.perform(post("/api/v1/exchange/status").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", peerKey)
				.content(codec.writeStatus(unknown, peerSigner))).andExpect(status().is(422))
				.andExpect(jsonPath("$.code").value("exchange.recipient-unknown"));
	}

	@Test
	void malformedOrTamperedEdxmlCreatesNoDocument() throws Exception {
		int before = documentsOfAgency();
		EdxmlPackage p = pkg(HA_TINH + ",2026/11/20," + UUID.randomUUID(), "77/UBND-VP", "Công văn", 0, List.of());
		String xml = new String(codec.write(p, peerSigner), StandardCharsets.UTF_8);

		deliver("<edXML><broken".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("edxml.malformed"));
		deliver(xml.replace("<edXML:CodeNumber>77<", "<edXML:CodeNumber>78<").getBytes(StandardCharsets.UTF_8))
				.andExpect(status().is(422)).andExpect(jsonPath("$.code").value("edxml.signature-invalid"));

		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
				.until(() -> documentsOfAgency() == before);
		assertThat(jdbc.sql("select count(*) from exchange_message where document_id = ?").param(p.header().documentId())
				.query(Integer.class).single()).isZero();
	}

	// ---------------------------------------------------------------- helpers

	/** Drafted, approved and signed by the leader, issued by the clerk. */
	private long issued(String subject, String... recipients) throws Exception {
		String body = mvc.perform(draft(subject, "NORMAL", recipients).param("urgency", "KHAN")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.document.id")).longValue();
		mvc.perform(post("/api/v1/documents/" + id + "/submit").param("signer", leader).with(as(specialist)))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/review").param("approve", "true").with(as(leader)))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/documents/" + id + "/issue").with(as(clerk))).andExpect(status().isOk())
				.andExpect(jsonPath("$.document.status").value("ISSUED"));
		return id;
	}

	private MockMultipartHttpServletRequestBuilder draft(String subject, String confidentiality, String... recipients) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/documents/outgoing");
		request.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", SigningFixtures.pdf(subject)))
				.param("agencyCode", agency).param("typeCode", "CV").param("subject", subject).param("draftingUnit", "VP")
				.param("confidentiality", confidentiality).with(as(specialist));
		for (String r : recipients) {
			request.param("recipients", r);
		}
		return request;
	}

	/** A document package that arrived, its document here, and what identifies it. */
	private record Arrived(long id, long messageId, String documentId, String code, byte[] xml) {
	}

	/** A package from Hà Tĩnh to our agency (and to one of its own), delivered and registered here. */
	private Arrived arrive(String typeName, int priority, List<EdxmlPackage.Attachment> attachments) throws Exception {
		String code = (100 + COUNTER.incrementAndGet()) + "/UBND-VP";
		String documentId = HA_TINH + "," + LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString().replace('-', '/') + ","
				+ code + "-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] xml = codec.write(pkg(documentId, code, typeName, priority, attachments), peerSigner);
		String answer = deliver(xml).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long messageId = ((Number) JsonPath.read(answer, "$.messageId")).longValue();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> arrivedDocument(messageId) != null);
		return new Arrived(arrivedDocument(messageId), messageId, documentId, code, xml);
	}

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private EdxmlPackage pkg(String documentId, String code, String typeName, int priority,
			List<EdxmlPackage.Attachment> attachments) {
		String[] parts = code.split("/", 2);
		MessageHeader header = new MessageHeader(Organ.of(HA_TINH, HA_TINH_NAME),
				List.of(Organ.of(agency, "Sở Thử nghiệm"), Organ.of("000.00.05.H42", "Sở Nội vụ tỉnh Hà Tĩnh")), documentId,
				new MessageHeader.Code(parts[0], parts[1]),
				new MessageHeader.Promulgation("Hà Tĩnh", LocalDate.now(ProvinceTime.ZONE).minusDays(1)),
				new MessageHeader.DocumentType("1", typeName), "V/v phối hợp triển khai hạ tầng số liên tỉnh", null,
				new MessageHeader.SignerInfo("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"),
				LocalDate.now(ProvinceTime.ZONE).plusDays(10), List.of("Như trên;", "Lưu: VT."),
				new MessageHeader.OtherInfo(priority, null, null, null, 2, List.of()), null, List.of());
		return new EdxmlPackage(header, List.of(new EdxmlPackage.TraceHeader(HA_TINH, Instant.now())), attachments);
	}

	private ResultActions deliver(byte[] xml) throws Exception {
		return mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML)
				.header("X-Api-Key", peerKey).content(xml));
	}

	private void report(StatusMessage status) throws Exception {
		mvc.perform(post("/api/v1/exchange/status").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", peerKey)
				.content(codec.writeStatus(status, peerSigner))).andExpect(status().isCreated());
	}

	private static StatusMessage statusFrom(DocumentReference ref, StatusCode code, String description, Instant at) {
		return new StatusMessage(ref, Organ.of(HA_TINH, HA_TINH_NAME), code, description, at,
				new StatusMessage.StaffInfo("Văn phòng UBND tỉnh", "Trần Thị Mai", null, null));
	}

	private record Issued(String notation, LocalDate issuedOn) {
	}

	private Issued sentDocument(long id) {
		return jdbc.sql("select notation, issued_on from document where id = ?").param(id)
				.query((rs, i) -> new Issued(rs.getString(1), rs.getObject(2, LocalDate.class))).single();
	}

	private Long arrivedDocument(long messageId) {
		return jdbc.sql("select document_id from document_exchange_arrival where message_id = ? and agency_code = ?")
				.params(messageId, agency).query(Long.class).optional().orElse(null);
	}

	private String recipientStatus(long documentId, String agencyCode) {
		return jdbc.sql("select status from document_recipient where document_id = ? and agency_code = ?")
				.params(documentId, agencyCode).query(String.class).single();
	}

	private String documentStatus(long id) {
		return jdbc.sql("select status from document where id = ?").param(id).query(String.class).single();
	}

	private int history(long documentId, String action) {
		return jdbc.sql("select count(*) from document_event where document_id = ? and action = ?")
				.params(documentId, action).query(Integer.class).single();
	}

	/** The codes of the status messages our agency sent about a document, in order. */
	private List<Integer> statusesSent(String from, String documentId) {
		return jdbc.sql("""
				select status_code from exchange_message where direction = 'OUT' and kind = 'STATUS' and from_organ = ?
				and document_id = ? order by id""").params(from, documentId).query(Integer.class).list();
	}

	private int documentsOfAgency() {
		return jdbc.sql("select count(*) from document where agency_code = ?").param(agency).query(Integer.class).single();
	}

	private int outstanding(long messageId) {
		return jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and event_type like '%DocumentPackageArrived' and serialized_event like ?""")
				.param("%\"messageId\":" + messageId + ",%").query(Integer.class).single();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** The other province's signing key: RSA with a self-signed certificate. */
	private static KeyStore.PrivateKeyEntry selfSigned(String commonName) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=" + commonName + ",O=UBND tinh Ha Tinh,C=VN");
			Instant now = Instant.now();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
					name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(30))), name, pair.getPublic())
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] { certificate });
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The other province's exchange endpoint (JDK HTTP server): takes every message with 201 and keeps it. */
	private static final class OtherProvince implements AutoCloseable {

		private record Received(String path, String apiKey, byte[] body) {
		}

		private final HttpServer server;
		private final List<Received> received = new CopyOnWriteArrayList<>();

		OtherProvince() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.createContext("/", this::handle);
			server.start();
		}

		String url(String path) {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
		}

		boolean received(String path, byte[] body) {
			return received.stream().anyMatch(r -> r.path().equals(path) && java.util.Arrays.equals(r.body(), body)
					&& "key-from-ha-tinh".equals(r.apiKey()));
		}

		long count(String path) {
			return received.stream().filter(r -> r.path().equals(path)).count();
		}

		/** Status messages received that are about the document (its DocumentId appears in them). */
		long statusesFor(String documentId) {
			return received.stream().filter(r -> r.path().endsWith("/status")
					&& new String(r.body(), StandardCharsets.UTF_8).contains(documentId)).count();
		}

		private void handle(HttpExchange exchange) throws IOException {
			received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("X-Api-Key"),
					exchange.getRequestBody().readAllBytes()));
			byte[] answer = "{\"messageId\":1,\"duplicate\":false}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}
}
