package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;

/** Figures per category and agency: received, on time, overdue now, resolution time, satisfaction. */
class FeedbackFiguresTest extends FeedbackTestSupport {

	@Test
	void figuresCountWhatWasReceivedAnsweredOnTimeOverdueAndHowItWasRated() throws Exception {
		staff();
		Commune commune = commune();
		String category = category();
		String citizen = fixtures.citizen();
		String leader = fixtures.official(commune.code(), Role.LEADER);
		String onTime = reported(citizen, category, commune);
		String late = reported(citizen, category, commune);
		String overdue = reported(citizen, category, commune);
		String spam = reported(citizen, category, commune);
		String hidden = reported(citizen, category, commune);
		for (String code : List.of(onTime, late, overdue)) {
			act(operator, code, "ASSIGN").andExpect(status().isOk());
		}
		act(leader, onTime, "RESOLVE", "answer", "Đã sửa xong trong ngày.").andExpect(status().isOk());
		act(citizen, onTime, "RATE", "rating", "4").andExpect(status().isOk());
		jdbc.sql("update feedback_report set resolve_due_at = ? where code in (?, ?)")
				.params(OffsetDateTime.now().minusHours(2), late, overdue).update();
		act(leader, late, "RESOLVE", "answer", "Đã sửa xong nhưng chậm.").andExpect(status().isOk());
		act(citizen, late, "RATE", "rating", "2").andExpect(status().isOk());
		act(operator, spam, "REJECT", "reason", "SPAM").andExpect(status().isOk());
		act(operator, hidden, "HIDE", "note", "Thông tin cá nhân").andExpect(status().isOk());

		String month = YearMonth.now(ProvinceTime.ZONE).toString();
		String body = mvc.perform(get("/api/v1/feedback/public/figures").param("by", "category").param("from", month)
				.param("to", month)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(body, "$[?(@.key == '" + category + "')]");
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).containsEntry("name", "Ổ gà " + category);
		@SuppressWarnings("unchecked")
		Map<String, Object> f = (Map<String, Object>) lines.get(0).get("figures");
		assertThat(f).containsEntry("received", 4).containsEntry("resolved", 2).containsEntry("resolvedOnTime", 1)
				.containsEntry("onTimeRate", 0.5).containsEntry("rejected", 1).containsEntry("open", 1)
				.containsEntry("overdueNow", 1).containsEntry("rated", 2).containsEntry("averageRating", 3.0);
		assertThat((Double) f.get("averageResolutionHours")).isNotNull().isLessThan(1.0);

		String byAgency = mvc.perform(get("/api/v1/feedback/public/figures").param("by", "agency"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(byAgency, "$[?(@.key == '" + commune.code() + "')].figures.received"))
				.containsExactly(3);
		mvc.perform(get("/api/v1/feedback/public/figures").param("by", "reporter")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("feedback.figures.by"));
		mvc.perform(get("/api/v1/feedback/public/figures").param("from", "2026-13")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"))
				.andExpect(jsonPath("$.errors[0].code").value("feedback.figures.month"));
		// A year java.time reads but no month can follow: refused by its field, not a server error.
		mvc.perform(get("/api/v1/feedback/public/figures").param("from", "1999-12").param("to", "+999999999-12"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("from", "to")))
				.andExpect(jsonPath("$.errors[0].code").value("feedback.figures.month"));
		mvc.perform(get("/api/v1/feedback/public/figures").param("from", "2026-05").param("to", "2026-01"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("feedback.figures.period"));
	}
}
