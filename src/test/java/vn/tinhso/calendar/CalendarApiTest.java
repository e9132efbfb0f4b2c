package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

class CalendarApiTest extends IntegrationTest {

	@Test
	void aYearIsPrefilledFromTheRulesOnFirstUseAndIsPublic() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/2031")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].date").value("2031-01-01"))
				.andExpect(jsonPath("$[?(@.name == 'Tết Nguyên đán (mùng 1)')].date").value("2031-01-23"));
		int rows = jdbc.sql("select count(*) from calendar_day where extract(year from day) = 2031")
				.query(Integer.class).single();
		mvc.perform(get("/api/v1/calendar/years/2031")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from calendar_day where extract(year from day) = 2031")
				.query(Integer.class).single()).isEqualTo(rows).isGreaterThanOrEqualTo(11);
	}

	@Test
	void administratorsAdjustTheYearAndDeadlinesFollow() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		// Monday 8 March 2032 08:00 + 1 day = Tuesday 08:00; make Tuesday a day off and it moves to Wednesday.
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-08T08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.due").value("2032-03-09T08:00:00"));
		mvc.perform(put("/api/v1/calendar/days/2032-03-09").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DAY_OFF\",\"name\":\"Nghỉ hoán đổi\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-08T08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.due").value("2032-03-10T08:00:00"));
		mvc.perform(delete("/api/v1/calendar/days/2032-03-09").with(as(admin))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-08T08:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.due").value("2032-03-09T08:00:00"));
		assertThat(jdbc.sql("select count(*) from audit_event where target_id = '2032-03-09'").query(Integer.class)
				.single()).isEqualTo(2);
	}

	@Test
	void onlySystemAdministratorsChangeTheCalendarAndBadInputIsRefused() throws Exception {
		String agencyAdmin = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		mvc.perform(put("/api/v1/calendar/days/2033-05-05").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DAY_OFF\",\"name\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/calendar/days/2033-05-05").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DAY_OFF\",\"name\":\"x\"}")).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/calendar/days/2033-05-05").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"NAP\",\"name\":\"x\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("calendar.kind-invalid"));
		mvc.perform(put("/api/v1/calendar/days/2033-13-45").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DAY_OFF\",\"name\":\"x\"}")).andExpect(status().isBadRequest());
		mvc.perform(delete("/api/v1/calendar/days/2033-05-06").with(as(admin))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("calendar.day-not-found"));
		mvc.perform(get("/api/v1/calendar/years/1800")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.year-out-of-range"));
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-08T08:00").param("workingDays", "0.3"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.working-days-invalid"));
		assertThat(jdbc.sql("select count(*) from calendar_day where day = '2033-05-05'").query(Integer.class).single())
				.isZero();
	}

	@Test
	void administrationPageShowsTheYearWithLunarDatesAndSavesChanges() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		mvc.perform(get("/admin/calendar").param("year", "2034").with(as(admin))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("Tết Nguyên đán (mùng 1)")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("<td>1/1</td>")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar")
				.with(as(admin)).with(csrf).param("date", "2034-06-03").param("kind", "WORKING_DAY").param("name", ""))
				.andExpect(status().isBadRequest());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar")
				.with(as(admin)).with(csrf).param("date", "2034-06-03").param("kind", "WORKING_DAY")
				.param("name", "Làm bù cho ngày 2/9")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select kind || ' ' || source from calendar_day where day = '2034-06-03'")
				.query(String.class).single()).isEqualTo("WORKING_DAY ADMIN");
		mvc.perform(get("/admin/calendar").with(as(fixtures.official(fixtures.department(), Role.AGENCY_ADMIN))))
				.andExpect(status().isForbidden());
	}

	@Test
	void anAgencyOpenOnSaturdaysCountsSaturdays() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String desk = fixtures.department();
		mvc.perform(put("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(admin))
				.contentType(MediaType.APPLICATION_JSON).content("[\"SUNDAY\"]")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0]").value("SUNDAY"));
		// Friday 5 March 2032 10:00 + 1 working day: Monday for most agencies, Saturday for this desk.
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-05T10:00").param("workingDays", "1"))
				.andExpect(jsonPath("$.due").value("2032-03-08T10:00:00"));
		mvc.perform(get("/api/v1/calendar/due").param("receivedAt", "2032-03-05T10:00").param("workingDays", "1")
				.param("agencyCode", desk)).andExpect(jsonPath("$.due").value("2032-03-06T10:00:00"));
		mvc.perform(put("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(admin))
				.contentType(MediaType.APPLICATION_JSON).content("[\"FUNDAY\"]")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.rest-days-invalid"));
		mvc.perform(put("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(admin))
				.contentType(MediaType.APPLICATION_JSON).content("[\"MONDAY\",\"TUESDAY\",\"SUNDAY\"]"))
				.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/calendar/agencies/000.00.00.X00/rest-days").with(as(admin))
				.contentType(MediaType.APPLICATION_JSON).content("[\"SUNDAY\"]")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calendar/agencies/" + desk + "/rest-days")).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void lunarDateLookup() throws Exception {
		mvc.perform(get("/api/v1/calendar/lunar").param("date", "2026-02-17"))
				.andExpect(jsonPath("$.year").value(2026)).andExpect(jsonPath("$.month").value(1))
				.andExpect(jsonPath("$.day").value(1)).andExpect(jsonPath("$.leap").value(false));
	}
}
