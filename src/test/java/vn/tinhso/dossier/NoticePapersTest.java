package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.dossier.DossierLifecycleTest.PDF;
import static vn.tinhso.support.Fixtures.as;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.dossier.core.Upload;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;

/**
 * The notice papers drawn from a dossier's history: refusal, supplement requests, apology, stop notice
 * and the process control sheet, each only when the history gives it and only to who may see the dossier.
 */
class NoticePapersTest extends IntegrationTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	DossierService service;

	private String department;
	private String procedure;
	private String citizen;
	private String oneStop;
	private String specialist;
	private String leader;

	@BeforeEach
	void agencyWithStaff() {
		department = fixtures.department();
		procedure = fixtures.procedure(department);
		citizen = fixtures.citizen();
		oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		specialist = fixtures.official(department, Role.SPECIALIST);
		leader = fixtures.official(department, Role.LEADER);
	}

	@Test
	void theControlSheetListsEveryHandOverWithGiverReceiverAndTimeliness() throws Exception {
		String code = received();
		stepDueAt(code, OffsetDateTime.now().plusDays(5));
		act(oneStop, code, "HAND_OVER", "");
		act(specialist, code, "REQUEST_SUPPLEMENT", "Thiếu bản sao giấy khai sinh");
		service.act(actor(citizen), code, new ActionRequest("SUPPLEMENT", "", null,
				List.of(new Upload(null, "khai-sinh.pdf", PDF)), ActionRequest.ANY_VERSION));
		stepDueAt(code, LocalDate.now(ProvinceTime.ZONE).atTime(LocalTime.of(23, 59)).atZone(ProvinceTime.ZONE).toOffsetDateTime());
		act(specialist, code, "HAND_OVER", "Hồ sơ đủ điều kiện");
		stepDueAt(code, OffsetDateTime.now().minusHours(1));
		act(leader, code, "APPROVE", "");
		act(oneStop, code, "RETURN_RESULT", "Trả tại quầy");

		String text = paper(citizen, code, "control-sheet.pdf");
		String applicant = name(citizen);
		assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code, "Sở Thử nghiệm",
				"Hồ sơ được giải quyết");
		assertThat(text).containsSubsequence(
				"Bên giao", "Bên nhận", "Thời gian giao, nhận", "Kết quả", "Ghi chú",
				"1 " + name(oneStop), name(specialist), "Trước hạn", "Chuyển bước (Tiếp nhận hồ sơ → Thẩm định hồ sơ)",
				"2 " + name(specialist), applicant, "Yêu cầu bổ sung. Thiếu bản sao giấy khai sinh",
				"3 " + applicant, name(specialist), "Nộp bổ sung",
				"4 " + name(specialist), name(leader), "Đúng hạn", "Chuyển bước (Thẩm định hồ sơ → Phê duyệt). Hồ sơ đủ điều kiện",
				"5 " + name(leader), name(oneStop), "Trễ hạn", "Phê duyệt (Phê duyệt → Trả kết quả)",
				"6 " + name(oneStop), applicant, "Trả kết quả. Trả tại quầy");

		// An official of the agency sees it too; the page links every paper the dossier has.
		paper(specialist, code, "control-sheet.pdf");
		mvc.perform(get("/my/dossiers/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"notice-papers\"")))
				.andExpect(content().string(Matchers.containsString(
						"href=\"/api/v1/dossiers/" + code + "/papers/control-sheet.pdf\"")))
				.andExpect(content().string(Matchers.containsString(
						"href=\"/api/v1/dossiers/" + code + "/papers/supplement-request.pdf?n=1\"")))
				.andExpect(content().string(Matchers.containsString("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ lần 1 (PDF)")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("/papers/refusal.pdf"))));
		problem(citizen, code, "refusal.pdf", 409, "dossier.papers.refusal.not-refused");
		problem(citizen, code, "stop-notice.pdf", 409, "dossier.papers.stop.not-stopped");
		problem(citizen, code, "apology.pdf", 409, "dossier.papers.apology.none");
	}

	@Test
	void aDossierRefusedAtReceptionGetsARefusalFormWithTheReasonAndNoOtherPaper() throws Exception {
		String code = submitted();
		// A character the embedded font lacks prints as "?" rather than breaking the paper.
		act(oneStop, code, "REFUSE_RECEIPT", "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan \uD83D\uDCCE");

		String text = paper(citizen, code, "refusal.pdf");
		assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", code, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
				name(citizen), "từ chối tiếp nhận hồ sơ này vì lý do sau:",
				"Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan ?", "NGƯỜI TIẾP NHẬN HỒ SƠ", name(oneStop));

		problem(citizen, code, "control-sheet.pdf", 409, "dossier.papers.control.not-received")
				.andExpect(jsonPath("$.detail").value("Hồ sơ " + code
						+ " chưa được tiếp nhận nên chưa có phiếu kiểm soát quá trình giải quyết."));
		problem(citizen, code, "supplement-request.pdf", 409, "dossier.papers.supplement.none");
		mvc.perform(get("/staff/dossiers/" + code).with(as(oneStop))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/api/v1/dossiers/" + code + "/papers/refusal.pdf")))
				.andExpect(content().string(Matchers.containsString("Phiếu từ chối tiếp nhận giải quyết hồ sơ (PDF)")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("/papers/control-sheet.pdf"))));
	}

	@Test
	void aDossierRefusedInProcessingGetsARefusalFormSignedByTheLeader() throws Exception {
		String code = received();
		act(oneStop, code, "HAND_OVER", "");
		act(specialist, code, "HAND_OVER", "Đề xuất từ chối");
		act(leader, code, "REFUSE", "Người được khai sinh đã có giấy khai sinh\nđăng ký tại địa phương khác");

		String text = paper(citizen, code, "refusal.pdf");
		assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", code,
				"từ chối giải quyết hồ sơ này vì lý do sau:", "Người được khai sinh đã có giấy khai sinh",
				"đăng ký tại địa phương khác", "NGƯỜI GIẢI QUYẾT HỒ SƠ", name(leader));
		assertThat(paper(oneStop, code, "control-sheet.pdf"))
				.containsSubsequence("3 " + name(leader), "Từ chối giải quyết (Phê duyệt → Trả kết quả). Người được khai sinh");
	}

	@Test
	void eachSupplementRequestHasItsOwnPaperAndTheLatestIsTheDefault() throws Exception {
		String code = received();
		act(oneStop, code, "REQUEST_SUPPLEMENT", "Thiếu bản sao giấy tờ tùy thân");
		act(oneStop, code, "SUPPLEMENT", "Nhận bổ sung tại quầy", new Upload(null, "cccd.pdf", PDF));
		act(oneStop, code, "HAND_OVER", "");
		act(specialist, code, "REQUEST_SUPPLEMENT", "Ảnh chụp tờ khai bị mờ, đề nghị nộp lại");

		String first = paper(citizen, code, "supplement-request.pdf?n=1");
		assertThat(first).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", code, "Yêu cầu lần thứ 1",
				"Thiếu bản sao giấy tờ tùy thân", "NGƯỜI HƯỚNG DẪN", name(oneStop), name(citizen))
				.doesNotContain("Ảnh chụp tờ khai bị mờ");
		String latest = paper(citizen, code, "supplement-request.pdf");
		assertThat(latest).contains("Yêu cầu lần thứ 2", "Ảnh chụp tờ khai bị mờ, đề nghị nộp lại", name(specialist))
				.doesNotContain("Thiếu bản sao giấy tờ tùy thân");
		assertThat(paper(citizen, code, "supplement-request.pdf?n=2")).isEqualTo(latest);

		problem(citizen, code, "supplement-request.pdf?n=3", 404, "dossier.papers.supplement.not-found")
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("lần thứ 3")));
		problem(citizen, code, "supplement-request.pdf?n=0", 404, "dossier.papers.supplement.not-found");
		mvc.perform(get("/staff/dossiers/" + code).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/papers/supplement-request.pdf?n=2")))
				.andExpect(content().string(Matchers.containsString("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ lần 2 (PDF)")));
	}

	@Test
	void anApologyGivesTheMissedAndTheNewAppointmentWithTheReason() throws Exception {
		String code = received();
		OffsetDateTime missed = service.view(actor(oneStop), code).dueAt();
		LocalDate later = local(missed).plusDays(10);
		service.act(actor(oneStop), code, new ActionRequest("APOLOGISE", "Chờ kết quả xác minh thực địa", later, List.of(),
				ActionRequest.ANY_VERSION));
		Dossier apologised = service.view(actor(oneStop), code);

		String text = paper(citizen, code, "apology.pdf");
		assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", code, "Lần thứ 1", name(citizen),
				"Chờ kết quả xác minh thực địa", "xin lỗi", name(oneStop));
		assertThat(text).containsSubsequence("Thời gian hẹn trả kết quả:", DATE.format(local(missed)),
				"Thời gian hẹn trả kết quả mới:", DATE.format(local(apologised.dueAt())));
		assertThat(DATE.format(local(apologised.dueAt()))).isEqualTo(DATE.format(later));
		problem(citizen, code, "apology.pdf?n=2", 404, "dossier.papers.apology.not-found");
	}

	@Test
	void aStoppedDossierGetsAStopNoticeWithTheReason() throws Exception {
		String code = received();
		act(oneStop, code, "HAND_OVER", "");
		act(leader, code, "STOP", "Người nộp đề nghị dừng giải quyết để bổ sung giấy tờ từ nước ngoài");

		String text = paper(citizen, code, "stop-notice.pdf");
		assertThat(text).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", code, name(citizen), "dừng giải quyết hồ sơ nêu trên",
				"Người nộp đề nghị dừng giải quyết để bổ sung giấy tờ từ nước ngoài", name(leader));
		// The hand-over went to the leader who stopped it.
		assertThat(paper(oneStop, code, "control-sheet.pdf")).containsSubsequence("1 " + name(oneStop), name(leader));
	}

	@Test
	void onlyTheApplicantAndOfficialsOfTheAgencySeeThePapers() throws Exception {
		String code = received();
		act(oneStop, code, "REQUEST_SUPPLEMENT", "Thiếu tờ khai");
		String stranger = fixtures.citizen();
		String otherAgency = fixtures.official(fixtures.department(), Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER);
		for (String outsider : List.of(stranger, otherAgency)) {
			for (String paper : List.of("control-sheet.pdf", "supplement-request.pdf", "refusal.pdf", "apology.pdf",
					"stop-notice.pdf")) {
				problem(outsider, code, paper, 404, "dossier.not-found");
			}
		}
		mvc.perform(get("/api/v1/dossiers/" + code + "/papers/control-sheet.pdf")).andExpect(status().isUnauthorized());
		problem(citizen, department + "-000101-9999", "control-sheet.pdf", 404, "dossier.not-found");
		mvc.perform(get("/api/v1/dossiers/" + code + "/papers/supplement-request.pdf?n=abc").with(as(citizen)))
				.andExpect(status().isBadRequest());
	}

	private String submitted() {
		return service.submit(actor(citizen), new Submission(procedure, department, Channel.ONLINE, UUID.randomUUID(), null,
				List.of(new Upload("TP1", "to-khai.pdf", PDF)), true));
	}

	private String received() {
		String code = submitted();
		act(oneStop, code, "RECEIVE", "");
		return code;
	}

	private void act(String user, String code, String action, String note, Upload... uploads) {
		service.act(actor(user), code, new ActionRequest(action, note, null, List.of(uploads), ActionRequest.ANY_VERSION));
	}

	private void stepDueAt(String code, OffsetDateTime due) {
		jdbc.sql("update dossier set step_due_at = ? where code = ?").params(due, code).update();
	}

	/** The paper's text, every run of white space made one space. */
	private String paper(String user, String code, String path) throws Exception {
		var response = mvc.perform(get("/api/v1/dossiers/" + code + "/papers/" + path).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
				.andReturn().getResponse();
		return text(response.getContentAsByteArray());
	}

	private org.springframework.test.web.servlet.ResultActions problem(String user, String code, String path, int status,
			String problemCode) throws Exception {
		return mvc.perform(get("/api/v1/dossiers/" + code + "/papers/" + path).with(as(user)))
				.andExpect(status().is(status))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value(problemCode));
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private Actor actor(String username) {
		return jdbc.sql("select id, display_name, kind from account where username = ?").param(username)
				.query((rs, i) -> new Actor(rs.getLong(1), username, rs.getString(2), AccountKind.valueOf(rs.getString(3))))
				.single();
	}

	private String name(String username) {
		return actor(username).displayName();
	}

	private static LocalDate local(OffsetDateTime t) {
		return t.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate();
	}
}
