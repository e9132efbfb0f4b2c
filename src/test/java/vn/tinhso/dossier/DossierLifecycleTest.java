package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import com.jayway.jsonpath.JsonPath;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;

/** A dossier from online submission to the returned result, through the API, with every check on the way. */
class DossierLifecycleTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

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

	private ResultActions submit(String user, String key, MockMultipartFile... files) throws Exception {
		var request = multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("declared", "true").header("Idempotency-Key", key).with(as(user));
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		return mvc.perform(request);
	}

	private ResultActions act(String user, String code, String action, String note, MockMultipartFile... files)
			throws Exception {
		var request = multipart("/api/v1/dossiers/" + code + "/actions/" + action).with(as(user));
		if (note != null) {
			request.param("note", note);
		}
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		return mvc.perform(request);
	}

	static MockMultipartFile paper(String name, String fileName, byte[] content) {
		return new MockMultipartFile(name, fileName, "application/octet-stream", content);
	}

	String submitted() throws Exception {
		String body = submit(citizen, UUID.randomUUID().toString(), paper("component-TP1", "to-khai.pdf", PDF))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	@Test
	void aCitizenAppliesOnlineAndGetsTheResultBackElectronically() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = submit(citizen, key, paper("component-TP1", "to-khai.pdf", PDF))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value(1))
				.andExpect(jsonPath("$.channel").value(2))
				.andExpect(jsonPath("$.applicant.idNumber").value(citizen))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		assertThat(code).matches(department.replace(".", "\\.") + "-\\d{6}-\\d{4}");
		// The same form sent twice makes one dossier.
		submit(citizen, key, paper("component-TP1", "to-khai.pdf", PDF)).andExpect(jsonPath("$.code").value(code));
		assertThat(jdbc.sql("select count(*) from dossier where procedure_code = ?").param(procedure)
				.query(Integer.class).single()).isEqualTo(1);

		act(oneStop, code, "RECEIVE", null).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(2)).andExpect(jsonPath("$.dueAt").isNotEmpty())
				.andExpect(jsonPath("$.actions", Matchers.hasItem("HAND_OVER")));
		byte[] receipt = mvc.perform(get("/api/v1/dossiers/" + code + "/receipt.pdf").with(as(citizen)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var pdf = Loader.loadPDF(receipt)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Tờ khai theo mẫu", "/lookup/" + code);
		}

		// Each step belongs to its role: the specialist cannot act on the reception step.
		act(specialist, code, "HAND_OVER", null).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("dossier.action.forbidden"));
		act(oneStop, code, "HAND_OVER", null).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(4)).andExpect(jsonPath("$.stepRole").value("SPECIALIST"));
		act(leader, code, "APPROVE", null).andExpect(status().isForbidden());
		act(specialist, code, "HAND_OVER", "Hồ sơ đủ điều kiện").andExpect(status().isOk())
				.andExpect(jsonPath("$.stepRole").value("LEADER"));
		act(leader, code, "APPROVE", null).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(9)).andExpect(jsonPath("$.outcome").value("APPROVED"))
				.andExpect(jsonPath("$.onTime").value(true));
		act(oneStop, code, "RETURN_RESULT", "Trả bản điện tử", paper("files", "giay-chung-nhan.pdf", PDF))
				.andExpect(jsonPath("$.delivery.method").value("ONLINE"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(10)).andExpect(jsonPath("$.resultElectronic").value(true))
				.andExpect(jsonPath("$.actions").isEmpty());
		// Nothing more can happen to a returned dossier.
		act(oneStop, code, "HAND_OVER", null).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("dossier.action.wrong-status"));

		String view = mvc.perform(get("/api/v1/dossiers/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(jsonPath("$.history[*].action", Matchers.contains("SUBMIT", "RECEIVE", "HAND_OVER", "HAND_OVER",
						"APPROVE", "RETURN_RESULT")))
				.andExpect(jsonPath("$.history[2].timeliness").value(Matchers.oneOf("EARLY", "ON_TIME")))
				.andReturn().getResponse().getContentAsString();
		List<Integer> resultIds = JsonPath.read(view, "$.files[?(@.purpose == 'RESULT')].id");
		Integer resultId = resultIds.get(0);
		mvc.perform(get("/api/v1/dossiers/" + code + "/files/" + resultId).with(as(citizen)))
				.andExpect(status().isOk()).andExpect(content().bytes(PDF));

		// The public status shows progress, not who applied.
		mvc.perform(get("/api/v1/lookup/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(10))
				.andExpect(jsonPath("$.steps[*].state", Matchers.everyItem(Matchers.is("DONE"))))
				.andExpect(content().string(Matchers.not(Matchers.containsString(citizen))))
				.andExpect(content().string(Matchers.not(Matchers.containsString("Công dân thử nghiệm"))));
	}

	@Test
	void supplementsPauseTheClockAndASecondRequestMakesTheDossierLate() throws Exception {
		String code = submitted();
		act(oneStop, code, "RECEIVE", null);
		act(oneStop, code, "HAND_OVER", null);
		act(specialist, code, "REQUEST_SUPPLEMENT", " ").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.note.required"));
		act(specialist, code, "REQUEST_SUPPLEMENT", "Thiếu bản sao giấy tờ tùy thân").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(5));
		assertThat(jdbc.sql("select clock_running_since from dossier where code = ?").param(code)
				.query(OffsetDateTime.class).optional()).isEmpty();
		act(citizen, code, "SUPPLEMENT", null).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.supplement.files-required"));
		act(citizen, code, "SUPPLEMENT", null, paper("files", "notes.txt", "chỉ là chữ".getBytes()))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		act(citizen, code, "SUPPLEMENT", null, paper("files", "cccd.png", PNG)).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(4)).andExpect(jsonPath("$.supplementCount").value(1));
		act(specialist, code, "REQUEST_SUPPLEMENT", "Ảnh chụp bị mờ").andExpect(status().isOk());
		act(citizen, code, "SUPPLEMENT", null, paper("files", "cccd-ro.png", PNG)).andExpect(status().isOk());
		act(specialist, code, "HAND_OVER", null);
		act(leader, code, "APPROVE", null).andExpect(jsonPath("$.status").value(9))
				.andExpect(jsonPath("$.supplementCount").value(2)).andExpect(jsonPath("$.onTime").value(false));
	}

	@Test
	void badSubmissionsAreRefusedAndLeaveNoDossier() throws Exception {
		submit(citizen, UUID.randomUUID().toString()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("component-TP1"))
				.andExpect(jsonPath("$.errors[0].code").value("dossier.component.missing"));
		submit(citizen, UUID.randomUUID().toString(), paper("component-TP1", "to-khai.pdf", "MZ not a pdf".getBytes()))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		submit(citizen, UUID.randomUUID().toString(), paper("component-TP1", "a.pdf", PDF), paper("component-XX", "b.pdf", PDF))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("dossier.component.unknown"));
		byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		submit(citizen, UUID.randomUUID().toString(), paper("component-TP1", "lon.pdf", tooLarge))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.too-large"));
		submit(oneStop, UUID.randomUUID().toString(), paper("component-TP1", "a.pdf", PDF))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("dossier.online.applicants-only"));
		mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", fixtures.department())
				.param("declared", "true").file(paper("component-TP1", "a.pdf", PDF)).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("dossier.agency.not-implementing"));
		mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", "1.000000.000.00.00.H99").param("agencyCode", department)
				.param("declared", "true").file(paper("component-TP1", "a.pdf", PDF)).with(as(citizen)))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("dossier.procedure.unavailable"));
		mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.file(paper("component-TP1", "a.pdf", PDF)).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("dossier.declaration.required"));
		assertThat(jdbc.sql("select count(*) from dossier where procedure_code = ?").param(procedure)
				.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from dossier_sequence where agency_code = ?").param(department)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void anApologyMovesTheAppointmentOnlyLaterAndOnlyTheApplicantWithdraws() throws Exception {
		String code = submitted();
		String received = act(oneStop, code, "RECEIVE", null).andReturn().getResponse().getContentAsString();
		String due = JsonPath.read(received, "$.dueAt");
		String etag = mvc.perform(get("/api/v1/dossiers/" + code).with(as(oneStop))).andReturn().getResponse().getHeader("ETag");

		String today = LocalDate.now(ProvinceTime.ZONE).toString();
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/APOLOGISE").param("note", "Chờ xác minh")
				.param("newAppointment", today).with(as(oneStop)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.apology.date-not-later"));
		String later = OffsetDateTime.parse(due).plusDays(10).toLocalDate().toString();
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/APOLOGISE").param("note", "Chờ xác minh thực địa")
				.param("newAppointment", later).with(as(oneStop)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(2))
				.andExpect(jsonPath("$.dueAt", Matchers.startsWith(later)));
		// The version read before the apology is stale now.
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/HAND_OVER").header("If-Match", etag).with(as(oneStop)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("dossier.stale"));

		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/WITHDRAW").with(as(fixtures.citizen())))
				.andExpect(status().isNotFound());
		act(oneStop, code, "WITHDRAW", null).andExpect(status().isForbidden());
		act(citizen, code, "WITHDRAW", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value(7))
				.andExpect(jsonPath("$.actions").isEmpty());
		mvc.perform(get("/api/v1/lookup/" + code))
				.andExpect(jsonPath("$.steps[0].state").value("HALTED"));
	}

	@Test
	void aHandOverByNameReservesTheNextStepForThatOfficial() throws Exception {
		String colleague = fixtures.official(department, Role.SPECIALIST);
		String elsewhere = fixtures.official(fixtures.department(), Role.SPECIALIST);
		String code = submitted();
		act(oneStop, code, "RECEIVE", null).andExpect(status().isOk());
		String state = "select version || '/' || step_index || '/' || coalesce(assignee_id, 0) from dossier where code = ?";
		String before = jdbc.sql(state).param(code).query(String.class).single();

		// Someone without the next step's role here, or no one at all, is refused and nothing changes.
		for (String wrong : List.of(elsewhere, leader, citizen, "khong-co-ai")) {
			handOver(oneStop, code, wrong).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("assignee"))
					.andExpect(jsonPath("$.errors[0].code").value("dossier.assignee.invalid"));
		}
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/REQUEST_SUPPLEMENT").param("note", "Thiếu bản sao")
				.param("assignee", specialist).with(as(oneStop)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.assignee.not-a-hand-over"));
		assertThat(jdbc.sql(state).param(code).query(String.class).single()).isEqualTo(before);

		handOver(oneStop, code, specialist).andExpect(status().isOk())
				.andExpect(jsonPath("$.stepRole").value("SPECIALIST"))
				.andExpect(jsonPath("$.assignee.name").isNotEmpty());
		// The colleague sees it in the agency's list but not in their own, and may not take it.
		assertThat(inboxCodes(colleague, true)).doesNotContain(code);
		assertThat(inboxCodes(colleague, false)).contains(code);
		assertThat(inboxCodes(specialist, true)).contains(code);
		act(colleague, code, "HAND_OVER", null).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("dossier.action.forbidden"));
		// The named specialist hands on without naming anyone: the leader step is open to every leader.
		act(specialist, code, "HAND_OVER", null).andExpect(status().isOk())
				.andExpect(jsonPath("$.stepRole").value("LEADER"))
				.andExpect(jsonPath("$.assignee").doesNotExist());
		assertThat(inboxCodes(leader, true)).contains(code);
	}

	@Test
	void theSubmissionIsAnsweredWithTheDossierAsItIsReadLater() throws Exception {
		String key = UUID.randomUUID().toString();
		String answer = submit(citizen, key, paper("component-TP1", "to-khai.pdf", PDF)).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(answer, "$.code");
		String read = mvc.perform(get("/api/v1/dossiers/" + code).with(as(citizen))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(answer).isEqualTo(read);
		assertThat((List<String>) JsonPath.read(answer, "$.history[*].action")).containsExactly("SUBMIT");
		assertThat((Object) JsonPath.read(answer, "$.delivery")).isNull();
		// Sent again, the form is answered with the same dossier, read afresh.
		String again = submit(citizen, key, paper("component-TP1", "to-khai.pdf", PDF)).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		assertThat(again).isEqualTo(read);
		// Another citizen's key is their own: the same key makes them a dossier of their own.
		String other = fixtures.citizen();
		String theirs = submit(other, key, paper("component-TP1", "to-khai.pdf", PDF)).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(theirs, "$.code")).isNotEqualTo(code);
		mvc.perform(get("/api/v1/dossiers/" + code).with(as(other))).andExpect(status().isNotFound());
	}

	@Test
	void returningAPaperResultRecordsWhoTookItAndHow() throws Exception {
		String code = submitted();
		act(oneStop, code, "RECEIVE", null).andExpect(status().isOk());
		act(oneStop, code, "HAND_OVER", null).andExpect(status().isOk());
		act(specialist, code, "HAND_OVER", null).andExpect(status().isOk());
		act(leader, code, "APPROVE", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value(9));

		returnResult(code, "delivery", "POST").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.delivery.tracking-required"));
		returnResult(code, "delivery", "ONLINE").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.delivery.online-needs-file"));
		returnResult(code, "delivery", "DRONE").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.delivery.unknown"));
		returnResult(code, "delivery", "DESK", "receiverIdNumber", "12AB").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("receiverIdNumber"));
		// A field sent twice is read as both values joined, which names no delivery.
		returnResult(code, "delivery", "DESK", "delivery", "POST").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("dossier.delivery.unknown"));
		assertThat(jdbc.sql("select status from dossier where code = ?").param(code).query(Integer.class).single()).isEqualTo(9);
		assertThat(deliveriesOf(code)).isZero();

		returnResult(code, "delivery", "DESK", "receiverName", "Trần Văn Bình", "receiverIdNumber", "027090009999")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(10))
				.andExpect(jsonPath("$.delivery.method").value("DESK"))
				.andExpect(jsonPath("$.delivery.receiverName").value("Trần Văn Bình"))
				.andExpect(jsonPath("$.delivery.receiverIdNumber").value("027090009999"));
		assertThat(deliveriesOf(code)).isEqualTo(1);
		// The applicant sees how the result was handed over.
		mvc.perform(get("/api/v1/dossiers/" + code).with(as(citizen)))
				.andExpect(jsonPath("$.delivery.method").value("DESK"));
	}

	private ResultActions returnResult(String code, String... params) throws Exception {
		var request = multipart("/api/v1/dossiers/" + code + "/actions/RETURN_RESULT").with(as(oneStop));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private int deliveriesOf(String code) {
		return jdbc.sql("select count(*) from dossier_result_delivery r join dossier d on d.id = r.dossier_id where d.code = ?")
				.param(code).query(Integer.class).single();
	}

	private ResultActions handOver(String user, String code, String assignee) throws Exception {
		return mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/HAND_OVER").param("assignee", assignee)
				.with(as(user)));
	}

	private List<String> inboxCodes(String official, boolean mine) throws Exception {
		String body = mvc.perform(get("/api/v1/dossiers/inbox").param("mine", String.valueOf(mine)).param("size", "200")
				.with(as(official))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.items[*].code");
	}
}
