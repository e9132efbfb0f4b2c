package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.directory.Role;
import vn.tinhso.feedback.report.ReportEscalation;

/**
 * Decision 766's "ask for more information" (the clock pauses, the deadline moves by the pause) and the
 * escalation of overdue reports to the agency's leaders and the IOC, once per deadline.
 */
class FeedbackInfoAndEscalationTest extends FeedbackTestSupport {

	@Autowired
	private ReportEscalation escalation;

	private Commune commune;
	private String category;
	private String citizen;
	private String leader;
	private String handler;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		citizen = fixtures.citizen();
		leader = fixtures.official(commune.code(), Role.LEADER);
		handler = fixtures.official(commune.code(), Role.SPECIALIST);
	}

	private String assigned() throws Exception {
		String code = reported(citizen, category, commune);
		act(operator, code, "ASSIGN").andExpect(status().isOk());
		return code;
	}

	private OffsetDateTime time(String column, String code) {
		return jdbc.sql("select " + column + " from feedback_report where code = ?").param(code).query(OffsetDateTime.class)
				.single();
	}

	@Test
	void theAgencyAsksForMoreInformationAndTheDeadlineMovesByThePause() throws Exception {
		String code = assigned();
		act(leader, code, "REQUEST_INFO").andExpect(status().isBadRequest());
		act(citizen, code, "REQUEST_INFO", "note", "?").andExpect(status().isForbidden());
		act(leader, code, "REQUEST_INFO", "note", "Xin cho biết số nhà gần nhất và gửi thêm ảnh toàn cảnh.")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("INFO_REQUESTED"))
				.andExpect(jsonPath("$.overdue").value(false));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> {
			try {
				return m.getSubject().contains(code) && m.getSubject().contains("bổ sung")
						&& m.getAllRecipients()[0].toString().equals(citizen + "@example.vn");
			}
			catch (Exception e) {
				return false;
			}
		}));
		// Still open: in the agency's list and the public list of open reports.
		mvc.perform(get("/api/v1/feedback/reports/inbox").param("open", "true").param("category", category).with(as(leader)))
				.andExpect(jsonPath("$.items[0].code").value(code));

		// The question was asked a week ago: that working time is given back to the agency.
		jdbc.sql("update feedback_report set info_requested_at = info_requested_at - interval '7 days' where code = ?")
				.param(code).update();
		OffsetDateTime dueBefore = time("resolve_due_at", code);
		OffsetDateTime publishBefore = time("publish_due_at", code);
		String stranger = fixtures.citizen();
		act(stranger, code, "PROVIDE_INFO", "note", "Số nhà 12").andExpect(status().isNotFound());
		act(handler, code, "PROVIDE_INFO", "note", "Số nhà 12").andExpect(status().isForbidden());
		act(citizen, code, "PROVIDE_INFO").andExpect(status().isBadRequest());
		String body = act(citizen, code, "PROVIDE_INFO", photo("toan-canh.png", TestImages.png(300, 200)), "note",
				"Trước số nhà 12, đường Trần Phú.")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ASSIGNED"))
				.andExpect(jsonPath("$.photos[0].purpose").value("INFO"))
				.andReturn().getResponse().getContentAsString();
		OffsetDateTime dueAfter = time("resolve_due_at", code);
		assertThat(dueAfter).isAfter(dueBefore.plusDays(5)).isBefore(dueBefore.plusDays(12));
		assertThat(time("publish_due_at", code)).isAfter(publishBefore.plusDays(5));
		assertThat(count("select count(*) from feedback_report where code = ? and info_requested_at is null", code)).isOne();

		// The reporter's further photo is for officials: not in the public view, not served to the public.
		String photoUrl = JsonPath.read(body, "$.photos[0].url");
		mvc.perform(get(photoUrl)).andExpect(status().isNotFound());
		mvc.perform(get(photoUrl).with(as(leader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/feedback/public/reports/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.photos").isEmpty())
				.andExpect(jsonPath("$.history[*].action", Matchers.hasItems("REQUEST_INFO", "PROVIDE_INFO")));

		// Not twice in a row from a status that does not allow it, nor after the window.
		act(citizen, code, "PROVIDE_INFO", "note", "Thêm nữa").andExpect(status().isConflict());
		jdbc.sql("update feedback_report set verified_at = verified_at - interval '30 days' where code = ?").param(code).update();
		act(leader, code, "REQUEST_INFO", "note", "Một câu hỏi nữa").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.info.window-closed"));
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(leader)))
				.andExpect(jsonPath("$.actions", Matchers.not(Matchers.hasItem("REQUEST_INFO"))));
	}

	@Test
	void overdueReportsAreEscalatedOncePerDeadlineToLeadersAndTheIoc() throws Exception {
		String late = assigned();
		String unverified = reported(citizen, category, commune);
		String waiting = assigned();
		act(leader, waiting, "REQUEST_INFO", "note", "Xin gửi thêm ảnh.").andExpect(status().isOk());
		String onTime = assigned();
		jdbc.sql("update feedback_report set resolve_due_at = now() - interval '1 hour' where code in (?, ?)")
				.params(late, waiting).update();
		jdbc.sql("update feedback_report set refuse_due_at = now() - interval '1 hour' where code = ?").param(unverified).update();

		assertThat(escalation.escalateOverdue()).isGreaterThanOrEqualTo(2);
		assertThat(escalations(late)).containsExactly("RESOLVE");
		assertThat(escalations(unverified)).containsExactly("REFUSE");
		assertThat(escalations(waiting)).as("the clock is paused").isEmpty();
		assertThat(escalations(onTime)).isEmpty();
		assertThat(count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? and e.action = 'ESCALATE' and not e.public", late)).isOne();

		// Once per deadline: running again adds nothing; a new (missed) deadline is escalated again.
		escalation.escalateOverdue();
		assertThat(escalations(late)).hasSize(1);
		jdbc.sql("update feedback_report set resolve_due_at = now() - interval '1 minute' where code = ?").param(late).update();
		escalation.escalateOverdue();
		assertThat(escalations(late)).hasSize(2);

		// The agency's leader and the IOC operator are told; the handler and the citizen are not.
		String leaderMail = leader + "@test.gov.vn";
		String operatorMail = operator + "@test.gov.vn";
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> subjectsTo(leaderMail).stream()
				.filter(s -> s.contains(late)).count() == 2 && subjectsTo(operatorMail).stream().anyMatch(s -> s.contains(unverified)));
		assertThat(subjectsTo(leaderMail)).noneMatch(s -> s.contains(unverified));
		assertThat(subjectsTo(handler + "@test.gov.vn")).noneMatch(s -> s.contains(late));
		assertThat(subjectsTo(citizen + "@example.vn")).noneMatch(s -> s.contains("quá hạn"));

		// The history is visible to officials, not to the public.
		mvc.perform(get("/api/v1/feedback/public/reports/" + late))
				.andExpect(jsonPath("$.history[*].action", Matchers.not(Matchers.hasItem("ESCALATE"))));
		mvc.perform(get("/api/v1/feedback/reports/" + late).with(as(leader)))
				.andExpect(jsonPath("$.history[*].action", Matchers.hasItem("ESCALATE")));
	}

	private List<String> escalations(String code) {
		return jdbc.sql("select e.due_kind from feedback_escalation e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? order by e.escalated_at").param(code).query(String.class).list();
	}

	private List<String> subjectsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (Exception e) {
				return false;
			}
		}).map(m -> {
			try {
				return m.getSubject();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}
}
