package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.Versions;

/**
 * What a request answers and leaves behind when it writes each row once and reads nothing back: the
 * history entry stored with the change, the actions of the report as it is after the change, list totals
 * counted only when the page does not tell them, and an e-mail for every public step (none for the others).
 */
class FeedbackAnswersTest extends FeedbackTestSupport {

	private Commune commune;
	private String category;
	private String citizen;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		citizen = fixtures.citizen();
	}

	@Test
	void eachStepAnswersTheReportAsStoredWithItsHistoryEntry() throws Exception {
		String body = mvc.perform(report(category, "Cống thoát nước bị tắc, nước tràn ra đường", commune.lat(), commune.lon())
				.with(as(citizen))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.version").value(0))
				.andExpect(jsonPath("$.history.length()").value(1))
				.andExpect(jsonPath("$.history[0].action").value("SUBMIT"))
				.andExpect(jsonPath("$.history[0].fromStatus").doesNotExist())
				.andExpect(jsonPath("$.history[0].toStatus").value("SUBMITTED"))
				.andExpect(jsonPath("$.history[0].agencyCode").doesNotExist())
				.andExpect(jsonPath("$.history[0].publicEntry").value(true))
				.andExpect(jsonPath("$.followers").value(0)).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		assertThat(code).matches("PA-\\d{6}-\\d{6,}");
		assertThat((String) JsonPath.read(body, "$.history[0].at")).isEqualTo(JsonPath.read(body, "$.submittedAt"));

		// An operator who also leads the commune assigns it there: the answer shows what they may do now as its
		// leader, which their roles over the report's agency before the step (it had none) did not tell.
		String leadingOperator = fixtures.official(fixtures.root(), Role.IOC_OPERATOR);
		fixtures.grant(leadingOperator, Role.LEADER, commune.code());
		act(leadingOperator, code, "ASSIGN").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ASSIGNED")).andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.agency.code").value(commune.code()))
				.andExpect(jsonPath("$.actions", Matchers.hasItems("ASSIGN_HANDLER", "REASSIGN", "HIDE")))
				.andExpect(jsonPath("$.history.length()").value(2))
				.andExpect(jsonPath("$.history[1].action").value("ASSIGN"))
				.andExpect(jsonPath("$.history[1].fromStatus").value("SUBMITTED"))
				.andExpect(jsonPath("$.history[1].toStatus").value("ASSIGNED"))
				.andExpect(jsonPath("$.history[1].agencyCode").value(commune.code()));
		String handler = fixtures.official(commune.code(), Role.SPECIALIST);
		act(leadingOperator, code, "ASSIGN_HANDLER", "handler", handler.toUpperCase()).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.handlerName").isNotEmpty())
				.andExpect(jsonPath("$.history.length()").value(3));
		act(leadingOperator, code, "ASSIGN_HANDLER", "handler", fixtures.official(fixtures.department(), Role.SPECIALIST))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("feedback.handler.invalid"));
		act(handler, code, "RESOLVE", "answer", "Đã nạo vét cống, nước đã rút hết.")
				.andExpect(status().isOk()).andExpect(header().string("ETag", Versions.etag(3)))
				.andExpect(jsonPath("$.status").value("RESOLVED")).andExpect(jsonPath("$.version").value(3))
				.andExpect(jsonPath("$.answer").value("Đã nạo vét cống, nước đã rút hết."))
				.andExpect(jsonPath("$.history[3].note").value("Đã nạo vét cống, nước đã rút hết."));
		assertThat(count("select count(*) from feedback_event where report_id = (select id from feedback_report where code = ?)",
				code)).isEqualTo(4);
	}

	@Test
	void listTotalsAreRightOnFullPartlyFilledAndEmptyPages() throws Exception {
		for (int i = 0; i < 3; i++) {
			reported(citizen, category, commune);
		}
		for (int[] page : List.of(new int[] { 0, 2 }, new int[] { 1, 1 }, new int[] { 5, 0 })) {
			mvc.perform(get("/api/v1/feedback/public/reports").param("category", category).param("size", "2")
					.param("page", String.valueOf(page[0]))).andExpect(status().isOk())
					.andExpect(jsonPath("$.items.length()").value(page[1])).andExpect(jsonPath("$.total").value(3));
		}
		mvc.perform(get("/api/v1/feedback/public/reports").param("category", category).param("size", "5"))
				.andExpect(jsonPath("$.items.length()").value(3)).andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/feedback/reports/inbox").param("category", category).param("size", "2").param("page", "1")
				.with(as(operator))).andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void theReporterAndFollowersAreMailedThePublicStepsOnly() throws Exception {
		String code = reported(citizen, category, commune);
		String follower = fixtures.citizen();
		mvc.perform(post("/api/v1/feedback/reports/" + code + "/follow").with(as(follower))).andExpect(status().isOk());
		act(operator, code, "ASSIGN").andExpect(status().isOk());
		String handler = fixtures.official(commune.code(), Role.SPECIALIST);
		act(fixtures.official(commune.code(), Role.LEADER), code, "ASSIGN_HANDLER", "handler", handler)
				.andExpect(status().isOk());
		act(handler, code, "RESOLVE", "answer", "Đã vá ổ gà và lu lèn mặt đường.").andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(
				"select count(*) from event_publication where serialized_event like ?", "%" + code + "%") == 0);
		assertThat(jdbc.sql("""
				select recipient || ' ' || subject from notification_log where reference = ? and channel = 'EMAIL'
				order by recipient, subject""").param(code).query(String.class).list()).containsExactlyInAnyOrder(
				citizen + "@example.vn [TinhSo] Đã nhận phản ánh " + code,
				citizen + "@example.vn [TinhSo] Phản ánh " + code + " đã được chuyển xử lý",
				citizen + "@example.vn [TinhSo] Phản ánh " + code + " đã có trả lời",
				follower + "@example.vn [TinhSo] Phản ánh " + code + " đã được chuyển xử lý",
				follower + "@example.vn [TinhSo] Phản ánh " + code + " đã có trả lời");
	}
}
