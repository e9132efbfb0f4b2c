package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;

/** Directives from the leader's record to completion, the figures per lead unit, and who may see and do what. */
class DirectiveFlowTest extends IntegrationTest {

	// One department for the class; each test gives its directives to units of its own, so figures stay apart.
	private static String agency;
	private static String leader;
	private static String clerk;
	private static String specialist;
	private static String outsider;
	private static String outsideAgency;

	private final LocalDate today = LocalDate.now(ProvinceTime.ZONE);

	@BeforeEach
	void agencyWithStaff() {
		if (agency == null) {
			agency = fixtures.department();
			leader = fixtures.official(agency, Role.LEADER);
			clerk = fixtures.official(agency, Role.CLERK);
			specialist = fixtures.official(agency, Role.SPECIALIST);
			outsideAgency = fixtures.department();
			outsider = fixtures.official(outsideAgency, Role.LEADER, Role.CLERK, Role.SPECIALIST);
		}
	}

	private String json(String content, String lead, List<String> cooperating, LocalDate due) {
		return json(agency, content, lead, cooperating, due, "\"sourceKind\":\"MEETING\",\"meetingName\":\"Họp giao ban tháng\","
				+ "\"meetingOn\":\"" + today.minusDays(1) + "\"");
	}

	private static String json(String issuing, String content, String lead, List<String> cooperating, LocalDate due,
			String source) {
		String units = String.join(",", cooperating.stream().map(c -> "\"" + c + "\"").toList());
		return "{\"agencyCode\":\"" + issuing + "\",\"content\":\"" + content + "\"," + source + ",\"leadUnit\":\"" + lead
				+ "\",\"cooperatingUnits\":[" + units + "],\"dueOn\":" + (due == null ? "null" : "\"" + due + "\"")
				+ ",\"expectedOutput\":\"Báo cáo kết quả\"}";
	}

	private ResultActions create(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content(body).with(as(user)));
	}

	private long created(String user, String body) throws Exception {
		String response = create(user, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.directive.id")).longValue();
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void aDirectiveIsReportedOnByItsUnitsAndCompletedOnTime() throws Exception {
		String lead = fixtures.unitUnder(agency);
		String helper = fixtures.unitUnder(agency);
		String leadSpecialist = fixtures.official(lead, Role.SPECIALIST);
		String leadLeader = fixtures.official(lead, Role.LEADER);
		String helperSpecialist = fixtures.official(helper, Role.SPECIALIST);

		String body = mvc.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
				.content(json("Rà soát hạ tầng chuyển đổi số cấp xã", lead, List.of(helper), today.plusDays(10)))
				.with(as(leader)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.directive.status").value("OPEN"))
				.andExpect(jsonPath("$.directive.leadCode").value(lead))
				.andExpect(jsonPath("$.units.length()").value(2))
				.andExpect(jsonPath("$.units[0].role").value("LEAD"))
				.andExpect(jsonPath("$.overdue").value(false))
				.andExpect(jsonPath("$.history[0].action").value("CREATE"))
				.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.directive.id")).longValue();
		String url = "/api/v1/directives/" + id;

		// Seen by the issuing agency's leaders and clerks and by the units' officials; not by anyone else.
		for (String who : List.of(leader, clerk, leadSpecialist, helperSpecialist)) {
			mvc.perform(get(url).with(as(who))).andExpect(status().isOk());
		}
		for (String who : List.of(specialist, outsider)) {
			mvc.perform(get(url).with(as(who))).andExpect(status().isNotFound())
					.andExpect(jsonPath("$.code").value("directive.not-found"));
		}
		String outsiders = mvc.perform(get("/api/v1/directives").with(as(outsider))).andReturn().getResponse()
				.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(outsiders, "$.items[*].directive.id")).doesNotContain((int) id);
		String helpers = mvc.perform(get("/api/v1/directives").param("unit", helper).with(as(helperSpecialist)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(helpers, "$.items[*].directive.id")).containsExactly((int) id);

		// The lead unit reports with a PDF; a cooperating unit's report does not move the headline.
		mvc.perform(multipart(url + "/progress").file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
				DocumentFlowTest.PDF)).param("percent", "60").param("note", "Đã rà soát 12/20 xã").with(as(leadSpecialist)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.directive.progress").value(60))
				.andExpect(jsonPath("$.progress[0].fileName").value("bao-cao.pdf"))
				.andExpect(jsonPath("$.progress[0].agencyCode").value(lead));
		mvc.perform(post(url + "/progress").param("percent", "30").param("note", "Đã cung cấp số liệu").with(as(helperSpecialist)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.directive.progress").value(60))
				.andExpect(jsonPath("$.progress.length()").value(2));
		String detail = mvc.perform(get(url).with(as(leader))).andReturn().getResponse().getContentAsString();
		long reportId = ((Number) JsonPath.read(detail, "$.progress[0].id")).longValue();
		mvc.perform(get(url + "/progress/" + reportId + "/file").with(as(leader))).andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get(url + "/progress/" + reportId + "/file").with(as(outsider))).andExpect(status().isNotFound());

		// Who else may not report or complete; bad reports change nothing.
		mvc.perform(post(url + "/progress").param("percent", "10").param("note", "x").with(as(specialist)))
				.andExpect(status().isNotFound());
		mvc.perform(post(url + "/progress").param("percent", "10").param("note", "x").with(as(clerk)))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("directive.progress.not-a-unit"));
		mvc.perform(post(url + "/progress").param("percent", "150").param("note", "").with(as(leadSpecialist)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("value.required",
						"directive.progress.percent")));
		mvc.perform(post(url + "/complete").param("note", "Xong").with(as(leadSpecialist))).andExpect(status().isForbidden());
		mvc.perform(post(url + "/complete").with(as(leadLeader))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post(url + "/extend").param("dueOn", today.plusDays(20).toString()).param("reason", "Thêm xã")
				.with(as(leadLeader))).andExpect(status().isForbidden());
		assertThat(count("select count(*) from directive_progress where directive_id = ?", id)).isEqualTo(2);

		// The lead unit's leader completes it before the deadline: done on time; then nothing more is accepted.
		mvc.perform(post(url + "/complete").param("note", "Đã hoàn thành rà soát 20 xã").with(as(leadLeader)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.directive.status").value("DONE"))
				.andExpect(jsonPath("$.directive.progress").value(100))
				.andExpect(jsonPath("$.completion").value("ON_TIME"))
				.andExpect(jsonPath("$.history[*].action").value(contains("CREATE", "PROGRESS", "PROGRESS", "COMPLETE")));
		mvc.perform(post(url + "/complete").param("note", "Lần nữa").with(as(leadLeader))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("directive.wrong-status"));
		mvc.perform(post(url + "/progress").param("percent", "100").param("note", "Muộn").with(as(leadSpecialist)))
				.andExpect(status().isConflict());
		mvc.perform(post(url + "/cancel").param("reason", "Không cần").with(as(leader))).andExpect(status().isConflict());
		assertThat(count("select count(*) from directive_event where directive_id = ?", id)).isEqualTo(4);
		assertThat(count("select count(*) from audit_event where action = 'directive.view' and target_id = ?",
				Long.toString(id))).isPositive();
		assertThat(count("select count(*) from audit_event where action = 'directive.complete' and target_id = ?",
				Long.toString(id))).isEqualTo(1);
	}

	@Test
	void overdueDirectivesAndLateCompletionsShowInTheFiguresPerLeadUnit() throws Exception {
		String unitA = fixtures.unitUnder(agency);
		String unitB = fixtures.unitUnder(agency);
		long onTime = created(leader, json("Báo cáo chỉ số chuyển đổi số quý", unitA, List.of(), today.plusDays(5)));
		long overdue = created(leader, json("Cập nhật cơ sở dữ liệu cán bộ", unitA, List.of(unitB), today.plusDays(1)));
		long extended = created(leader, json("Hoàn thiện quy chế", unitA, List.of(), today.plusDays(2)));
		long late = created(leader, json("Tổng hợp ý kiến cử tri", unitB, List.of(), today.plusDays(3)));
		long cancelled = created(leader, json("Khảo sát nhu cầu", unitB, List.of(), today.plusDays(3)));

		// The deadlines of two of them pass (moved back by SQL, as the clock would).
		jdbc.sql("update directive set due_on = ? where id in (?, ?)").params(today.minusDays(3), overdue, late).update();

		String list = mvc.perform(get("/api/v1/directives").param("overdue", "true").param("unit", unitA).with(as(leader)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(list, "$.items[*].directive.id")).containsExactly((int) overdue);
		assertThat(JsonPath.<List<Boolean>>read(list, "$.items[*].overdue")).containsExactly(true);
		mvc.perform(get("/api/v1/directives/" + overdue).with(as(clerk))).andExpect(jsonPath("$.overdue").value(true));

		mvc.perform(post("/api/v1/directives/" + onTime + "/complete").param("note", "Đã gửi báo cáo").with(as(leader)))
				.andExpect(jsonPath("$.completion").value("ON_TIME"));
		mvc.perform(post("/api/v1/directives/" + late + "/complete").param("note", "Đã tổng hợp").with(as(leader)))
				.andExpect(jsonPath("$.completion").value("LATE"));

		// Extending: only later, with a reason, by the issuing agency's leader; the old deadline stays in the history.
		String url = "/api/v1/directives/" + extended;
		mvc.perform(post(url + "/extend").param("dueOn", today.plusDays(1).toString()).param("reason", "Chờ ý kiến")
				.with(as(leader))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("directive.due.not-later"));
		mvc.perform(post(url + "/extend").param("dueOn", today.plusDays(20).toString()).with(as(leader)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(url + "/extend").param("dueOn", today.plusDays(20).toString()).param("reason", "Chờ ý kiến Sở Tư pháp")
				.with(as(leader))).andExpect(status().isOk())
				.andExpect(jsonPath("$.directive.dueOn").value(today.plusDays(20).toString()))
				.andExpect(jsonPath("$.history[1].action").value("EXTEND"))
				.andExpect(jsonPath("$.history[1].fromDue").value(today.plusDays(2).toString()))
				.andExpect(jsonPath("$.history[1].toDue").value(today.plusDays(20).toString()));

		mvc.perform(post("/api/v1/directives/" + cancelled + "/cancel").with(as(leader))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/directives/" + cancelled + "/cancel").param("reason", "Trùng nhiệm vụ").with(as(clerk)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/directives/" + cancelled + "/cancel").param("reason", "Trùng nhiệm vụ").with(as(leader)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.directive.status").value("CANCELLED"));

		String figures = mvc.perform(get("/api/v1/directives/figures").param("agency", agency).with(as(clerk)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.from").value(today.withDayOfYear(1).toString()))
				.andReturn().getResponse().getContentAsString();
		Map<String, Object> a = unitRow(figures, unitA);
		assertThat(a).containsEntry("assigned", 3).containsEntry("doneOnTime", 1).containsEntry("doneLate", 0)
				.containsEntry("openNotDue", 1).containsEntry("overdue", 1).containsEntry("onTimeRate", 50.0);
		Map<String, Object> b = unitRow(figures, unitB);
		assertThat(b).containsEntry("assigned", 1).containsEntry("doneOnTime", 0).containsEntry("doneLate", 1)
				.containsEntry("overdue", 0).containsEntry("cancelled", 1).containsEntry("onTimeRate", 0.0);

		// A period before these directives counts none of them; figures are for the agency's leaders and clerks.
		String earlier = mvc.perform(get("/api/v1/directives/figures").param("agency", agency)
				.param("from", today.minusYears(2).toString()).param("to", today.minusYears(1).toString()).with(as(leader)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(earlier, "$.units[*].agencyCode")).doesNotContain(unitA, unitB);
		mvc.perform(get("/api/v1/directives/figures").param("agency", agency).with(as(outsider)))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("directive.figures.forbidden"));
		mvc.perform(get("/api/v1/directives/figures").with(as(fixtures.official(unitA, Role.SPECIALIST))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/directives/figures").param("agency", agency).param("from", today.toString())
				.param("to", today.minusDays(1).toString()).with(as(leader))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("directive.figures.range"));
	}

	private static Map<String, Object> unitRow(String figures, String unit) {
		List<Map<String, Object>> rows = JsonPath.read(figures, "$.units[?(@.agencyCode == '" + unit + "')]");
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	@Test
	void badDirectivesAreRefusedWithTheirReasonsAndNothingIsRecorded() throws Exception {
		String unit = fixtures.unitUnder(agency);
		String unitLeader = fixtures.official(unit, Role.LEADER);
		String otherUnit = fixtures.unitUnder(outsideAgency);
		int before = count("select count(*) from directive where agency_code = ?", agency);

		create(specialist, json("Việc A", unit, List.of(), today.plusDays(3))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("directive.leader-only"));
		// A unit's leader directs inside the unit only.
		create(unitLeader, json("Việc B", unit, List.of(), today.plusDays(3))).andExpect(status().isForbidden());
		create(leader, json("Việc C", unit, List.of(), today.minusDays(1))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dueOn"))
				.andExpect(jsonPath("$.errors[0].code").value("directive.due.past"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("trước hôm nay")));
		create(leader, json("Việc D", otherUnit, List.of(), today.plusDays(3))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("leadUnit"))
				.andExpect(jsonPath("$.errors[0].code").value("directive.unit.outside"));
		create(leader, json("Việc E", unit, List.of(otherUnit, unit), today.plusDays(3))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].code").value(contains("directive.unit.outside", "directive.unit.duplicate")));
		create(leader, json(agency, "", unit, List.of(), null, "\"sourceKind\":\"MEETING\",\"meetingName\":\"\","
				+ "\"meetingOn\":\"" + today.plusDays(2) + "\"")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("content",
						"meetingName", "meetingOn", "dueOn")))
				.andExpect(jsonPath("$.errors[?(@.field == 'meetingOn')].code").value("directive.meeting.future"));
		create(leader, json(agency, "Việc F", unit, List.of(), today.plusDays(3), "\"sourceKind\":\"PHONE\""))
				.andExpect(jsonPath("$.errors[0].code").value("directive.source.kind"));
		create(leader, json(agency, "Việc G", unit, List.of(), today.plusDays(3), "\"sourceKind\":\"DOCUMENT\",\"documentId\":987654321"))
				.andExpect(jsonPath("$.errors[0].code").value("directive.source.document-unknown"));
		assertThat(count("select count(*) from directive where agency_code = ?", agency)).isEqualTo(before);

		// The unit's leader may direct the unit itself (its own agency), the lead unit being the unit.
		created(unitLeader, json(unit, "Việc H", unit, List.of(), today, "\"sourceKind\":\"MEETING\","
				+ "\"meetingName\":\"Họp đơn vị\",\"meetingOn\":\"" + today + "\""));
	}

	@Test
	void aDirectiveFromADocumentNamesItAndOnlyItsReadersMayLinkIt() throws Exception {
		String unit = fixtures.unitUnder(agency);
		String registered = mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf", DocumentFlowTest.PDF))
				.param("agencyCode", agency).param("typeCode", "CV").param("notation", "321/UBND-KGVX")
				.param("subject", "V/v triển khai chữ ký số cho cán bộ cấp xã").param("issuerName", "UBND tỉnh")
				.param("issuedOn", today.minusDays(1).toString()).with(as(clerk)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long documentId = ((Number) JsonPath.read(registered, "$.document.id")).longValue();

		String source = "\"sourceKind\":\"DOCUMENT\",\"documentId\":" + documentId;
		create(leader, json(agency, "Triển khai theo văn bản", unit, List.of(), today.plusDays(7), source))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.directive.documentId").value(documentId))
				.andExpect(jsonPath("$.directive.sourceLabel").value("321/UBND-KGVX — V/v triển khai chữ ký số cho cán bộ cấp xã"));
		create(outsider, json(outsideAgency, "Mượn văn bản", outsideAgency, List.of(), today.plusDays(7), source))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("directive.source.document-unknown"));
	}
}
