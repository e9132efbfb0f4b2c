package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;

/**
 * Who sees what: a reporter their own reports in full, the public what is not hidden and never the
 * personal data, an agency only what is assigned to it, the IOC everything.
 */
class FeedbackAccessTest extends FeedbackTestSupport {

	private Commune commune;
	private String category;
	private String citizen;
	private String leader;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		citizen = fixtures.citizen();
		leader = fixtures.official(commune.code(), Role.LEADER);
	}

	@Test
	void anotherCitizenAndAnotherAgencySeeNothingBeyondThePublicView() throws Exception {
		String code = reported(citizen, category, commune);
		String stranger = fixtures.citizen();
		String otherAgency = fixtures.official(fixtures.department(), Role.LEADER, Role.SPECIALIST);
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(jsonPath("$.reporter.email").value(citizen + "@example.vn"));
		for (String outsider : List.of(stranger, otherAgency, leader)) { // the commune before it is assigned
			mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(outsider))).andExpect(status().isNotFound())
					.andExpect(jsonPath("$.code").value("feedback.report.not-found"));
			act(outsider, code, "RATE", "rating", "1").andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(operator))).andExpect(status().isOk())
				.andExpect(jsonPath("$.actions", Matchers.hasItems("VERIFY", "ASSIGN", "REJECT", "HIDE", "REDACT")));
		act(operator, code, "ASSIGN").andExpect(status().isOk());
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(leader))).andExpect(status().isOk())
				.andExpect(jsonPath("$.actions", Matchers.contains("ASSIGN_HANDLER", "RESOLVE", "RETURN", "REQUEST_INFO")));
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(otherAgency))).andExpect(status().isNotFound());
		// The agency cannot do the IOC's work, nor the citizen the agency's; refusals change nothing.
		act(leader, code, "REJECT", "reason", "SPAM").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("feedback.action.forbidden"));
		act(citizen, code, "RESOLVE", "answer", "Tôi tự sửa rồi, cảm ơn").andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single())
				.isEqualTo("ASSIGNED");
		// Lists: the agency's inbox has it, another agency's has not, the operator's has everything.
		assertThat(inbox(leader)).contains(code);
		assertThat(inbox(otherAgency)).doesNotContain(code);
		assertThat(inbox(operator)).contains(code);
		mvc.perform(get("/api/v1/feedback/reports/inbox").with(as(citizen))).andExpect(status().isForbidden());
		String mine = mvc.perform(get("/api/v1/feedback/reports/mine").with(as(citizen))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$.items[*].code")).containsExactly(code);
		mvc.perform(get("/api/v1/feedback/reports/mine").with(as(stranger))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anAnonymousReportShowsNoNameInPublicButOfficialsKnowWhoSentIt() throws Exception {
		String body = mvc.perform(report(category, "Đèn đường tắt cả tuần nay, rất tối", commune.lat(), commune.lon())
				.param("anonymous", "true").with(as(citizen))).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		String shown = mvc.perform(get("/api/v1/feedback/public/reports/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.reporterName").doesNotExist())
				.andReturn().getResponse().getContentAsString();
		assertThat(shown).doesNotContain("Công dân thử nghiệm", citizen);
		String list = mvc.perform(get("/api/v1/feedback/public/reports").param("category", category))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(code).doesNotContain("Công dân thử nghiệm", citizen);
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(operator)))
				.andExpect(jsonPath("$.reporter.name").value("Công dân thử nghiệm"))
				.andExpect(jsonPath("$.reporter.anonymous").value(true));
	}

	@Test
	void aHiddenReportDisappearsFromEveryPublicViewAndRedactedTextReplacesTheOriginalThere() throws Exception {
		String code = reported(citizen, category, commune);
		String redacted = reported(citizen, category, commune);
		String photoUrl = "/api/v1/feedback/reports/" + code + "/photos/1";
		act(operator, redacted, "REDACT", "description", "Ổ gà lớn giữa đường (đã ẩn số điện thoại)").andExpect(status().isOk())
				.andExpect(jsonPath("$.description").value("Ổ gà lớn giữa đường, nguy hiểm cho xe máy"))
				.andExpect(jsonPath("$.publicDescription").value("Ổ gà lớn giữa đường (đã ẩn số điện thoại)"));
		mvc.perform(get("/api/v1/feedback/public/reports/" + redacted))
				.andExpect(jsonPath("$.description").value("Ổ gà lớn giữa đường (đã ẩn số điện thoại)"))
				.andExpect(jsonPath("$.history[*].action", Matchers.not(Matchers.hasItem("REDACT"))));

		act(leader, code, "HIDE", "note", "Nội dung xúc phạm").andExpect(status().isNotFound());
		act(operator, code, "HIDE").andExpect(status().isBadRequest());
		act(operator, code, "HIDE", "note", "Nội dung xúc phạm").andExpect(status().isOk())
				.andExpect(jsonPath("$.hidden").value(true));
		act(operator, code, "HIDE", "note", "lần nữa").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.report.already-hidden"));
		mvc.perform(get("/api/v1/feedback/public/reports/" + code)).andExpect(status().isNotFound());
		mvc.perform(get(photoUrl)).andExpect(status().isNotFound());
		mvc.perform(get("/open311/v2/requests/" + code + ".json")).andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/feedback/public/reports").param("category", category).param("size", "100"))
				.andReturn().getResponse().getContentAsString();
		assertThat(list).contains(redacted).doesNotContain(code);
		String nearby = mvc.perform(get("/api/v1/feedback/reports/nearby").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon())).param("category", category))
				.andReturn().getResponse().getContentAsString();
		assertThat(nearby).contains(redacted).doesNotContain(code);
		// Its reporter and the IOC still have it.
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(citizen))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(operator))).andExpect(status().isOk())
				.andExpect(jsonPath("$.history[1].action").value("HIDE"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'feedback.report.hide' and target_id = ?")
				.param(code).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void nearbyOpenReportsOfTheSameCategoryAreSuggestedNearestFirst() throws Exception {
		String near = reported(citizen, category, commune);
		// About 110 m and 330 m north of the first one.
		String body = mvc.perform(report(category, "Ổ gà thứ hai cách đó một đoạn", commune.lat() + 0.001, commune.lon())
				.with(as(citizen))).andReturn().getResponse().getContentAsString();
		String second = JsonPath.read(body, "$.code");
		mvc.perform(report(category, "Ổ gà thứ ba ở xa hơn nhiều", commune.lat() + 0.003, commune.lon()).with(as(citizen)))
				.andExpect(status().isCreated());
		String otherCategory = category();
		mvc.perform(report(otherCategory, "Cùng chỗ nhưng khác lĩnh vực", commune.lat(), commune.lon()).with(as(citizen)))
				.andExpect(status().isCreated());
		String closed = reported(citizen, category, commune);
		act(operator, closed, "REJECT", "reason", "OUT_OF_SCOPE").andExpect(status().isOk());

		String found = mvc.perform(get("/api/v1/feedback/reports/nearby").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon())).param("category", category))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(found, "$[*].code")).containsExactly(near, second);
		assertThat(JsonPath.<Double>read(found, "$[1].metres")).isBetween(100.0, 120.0);
		assertThat(found).doesNotContain("Công dân thử nghiệm", citizen);
		mvc.perform(get("/api/v1/feedback/reports/nearby").param("lat", "10").param("lon", "100").param("category", "KHONG-CO"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("feedback.category.unknown"));
	}

	private List<String> inbox(String user) throws Exception {
		String body = mvc.perform(get("/api/v1/feedback/reports/inbox").param("category", category).param("size", "100")
				.with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.items[*].code");
	}
}
