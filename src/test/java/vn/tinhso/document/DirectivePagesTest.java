package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;

/** The directive pages: the leader's form, the list with overdue ones marked in words, the actions that fit. */
class DirectivePagesTest extends IntegrationTest {

	@Test
	void aLeaderRecordsADirectiveOnThePageAndTheUnitFollowsItUp() throws Exception {
		LocalDate today = LocalDate.now(ProvinceTime.ZONE);
		String agency = fixtures.department();
		String unit = fixtures.unitUnder(agency);
		String leader = fixtures.official(agency, Role.LEADER);
		String clerk = fixtures.official(agency, Role.CLERK);
		String specialist = fixtures.official(agency, Role.SPECIALIST);
		String unitSpecialist = fixtures.official(unit, Role.SPECIALIST);

		mvc.perform(get("/staff/documents").with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"tab-directives\"")))
				.andExpect(content().string(containsString("id=\"registers-print\"")));
		mvc.perform(get("/staff/documents").with(as(specialist)))
				.andExpect(content().string(not(containsString("id=\"registers-print\""))));
		mvc.perform(get("/staff/documents/directives").with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"directive-new\""))))
				.andExpect(content().string(not(containsString("id=\"figures-table\""))));
		mvc.perform(get("/staff/documents/directives/new").with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"" + unit + "\"")));

		// A refusal shows the form again as typed, each message by its field.
		mvc.perform(post("/staff/documents/directives/new").param("agencyCode", agency).param("content", "")
				.param("sourceKind", "MEETING").param("meetingName", "Họp giao ban tuần 48")
				.param("meetingOn", today.toString()).param("leadUnit", unit).param("dueOn", today.minusDays(1).toString())
				.param("expectedOutput", "Báo cáo").with(as(leader)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"error-summary\"")))
				.andExpect(content().string(containsString("id=\"content-error\"")))
				.andExpect(content().string(containsString("id=\"dueOn-error\"")))
				.andExpect(content().string(containsString("value=\"Họp giao ban tuần 48\"")));

		String location = mvc.perform(post("/staff/documents/directives/new").param("agencyCode", agency)
				.param("content", "Kiểm tra việc cập nhật hồ sơ trên Cổng dịch vụ công").param("sourceKind", "MEETING")
				.param("meetingName", "Họp giao ban tuần 48").param("meetingOn", today.toString()).param("leadUnit", unit)
				.param("dueOn", today.plusDays(3).toString()).param("expectedOutput", "Báo cáo kiểm tra")
				.with(as(leader)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/staff/documents/directives/*"))
				.andExpect(flash().attribute("notice", "directive.created"))
				.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// Past its deadline, it is marked in words in the list; each official sees only the actions that fit.
		jdbc.sql("update directive set due_on = ? where id = ?").params(today.minusDays(2), id).update();
		mvc.perform(get("/staff/documents/directives").with(as(unitSpecialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kiểm tra việc cập nhật hồ sơ")))
				.andExpect(content().string(containsString("Quá hạn 2 ngày")));
		mvc.perform(get(location).with(as(unitSpecialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"progress-form\"")))
				.andExpect(content().string(not(containsString("id=\"extend-form\""))))
				.andExpect(content().string(not(containsString("id=\"complete-form\""))));
		mvc.perform(get(location).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"extend-form\"")))
				.andExpect(content().string(containsString("id=\"cancel-form\"")))
				.andExpect(content().string(containsString("id=\"complete-form\"")));
		mvc.perform(get(location).with(as(specialist))).andExpect(status().isNotFound());

		mvc.perform(post(location + "/progress").param("percent", "nhiều").param("note", "Đã kiểm tra 3 xã")
				.with(as(unitSpecialist)).with(csrf())).andExpect(flash().attribute("alert", containsString("0 đến 100")));
		mvc.perform(post(location + "/progress").param("percent", "40").param("note", "Đã kiểm tra 3 xã")
				.with(as(unitSpecialist)).with(csrf())).andExpect(flash().attribute("notice", "directive.done.progress"));
		mvc.perform(post(location + "/complete").param("note", "Đã kiểm tra đủ").with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("notice", "directive.done.complete"));
		mvc.perform(get(location).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Hoàn thành quá hạn")))
				.andExpect(content().string(not(containsString("id=\"extend-form\""))));
		mvc.perform(get("/staff/documents/directives").with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"figures-table\"")))
				.andExpect(content().string(containsString("data-unit=\"" + unit + "\"")));
		assertThat(jdbc.sql("select status from directive where id = ?").param(id).query(String.class).single())
				.isEqualTo("DONE");
	}
}
