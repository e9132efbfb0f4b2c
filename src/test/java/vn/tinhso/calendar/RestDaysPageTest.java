package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** The calendar page's section for agencies whose weekly rest days are not Saturday and Sunday. */
class RestDaysPageTest extends IntegrationTest {

	private String admin;
	private String desk;
	private String deskName;

	@BeforeEach
	void anAgency() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		desk = fixtures.department();
		deskName = jdbc.sql("select name from agency where code = ?").param(desk).query(String.class).single();
	}

	private String stored() {
		return jdbc.sql("select rest_days from agency_rest_days where agency_code = ?").param(desk).query(String.class)
				.optional().orElse(null);
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/admin/calendar" + query).with(as(admin))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
	}

	/** The rest-days table row of the desk, or null when it is not listed. */
	private static String row(String html, String agencyCode) {
		Matcher m = Pattern.compile("<tr>(?:(?!</tr>).)*?" + Pattern.quote(agencyCode) + ".*?</tr>", Pattern.DOTALL)
				.matcher(html.substring(Math.max(0, html.indexOf("id=\"rest-days-table\""))));
		return html.contains("id=\"rest-days-table\"") && m.find() ? m.group() : null;
	}

	private static boolean checked(String html, String day) {
		Matcher m = Pattern.compile("<input[^>]*id=\"rest-day-" + day + "\"[^>]*>").matcher(html);
		return m.find() && m.group().contains("checked");
	}

	@Test
	void anAdministratorGivesADeskSundayOnlyAndResetsItToTheDefault() throws Exception {
		assertThat(row(page(""), desk)).isNull();
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SUNDAY"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/calendar?agency=" + desk + "#rest-days"));
		assertThat(stored()).isEqualTo("SUNDAY");
		mvc.perform(get("/api/v1/calendar/agencies/" + desk + "/rest-days")).andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0]").value("SUNDAY"));

		String row = row(page(""), desk);
		assertThat(row).contains(deskName).contains("<span>Chủ nhật</span>").doesNotContain("<span>Thứ Bảy</span>");
		// Opening the agency puts its days in the form.
		String form = page("?agency=" + desk);
		assertThat(checked(form, "SUNDAY")).isTrue();
		assertThat(checked(form, "SATURDAY")).isFalse();
		assertThat(form).containsPattern("<option value=\"" + Pattern.quote(desk) + "\"\\s+selected");

		// Saturday and Sunday is the default: saving it is a reset and the agency leaves the list.
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SATURDAY", "SUNDAY")).andExpect(status().is3xxRedirection());
		assertThat(stored()).isNull();
		assertThat(row(page(""), desk)).isNull();

		// None ticked: the agency works every day; then the reset button gives it the default again.
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk))
				.andExpect(status().is3xxRedirection());
		assertThat(stored()).isEmpty();
		assertThat(row(page(""), desk)).contains("làm việc cả tuần");
		mvc.perform(post("/admin/calendar/rest-days/reset").with(as(admin)).with(csrf()).param("agencyCode", desk))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/calendar?agency=" + desk + "#rest-days"));
		assertThat(stored()).isNull();
		mvc.perform(get("/api/v1/calendar/agencies/" + desk + "/rest-days"))
				.andExpect(jsonPath("$", Matchers.containsInAnyOrder("SATURDAY", "SUNDAY")));
		assertThat(jdbc.sql("select count(*) from audit_event where target_id = ? and action like 'calendar.rest-days%'")
				.param(desk).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void badChoicesAreRefusedNextToTheirFieldAndChangeNothing() throws Exception {
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SUNDAY")).andExpect(status().is3xxRedirection());

		String refused = mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).containsPattern("id=\"restDays-error\"[^>]*><span[^>]*>Đã chọn 7 ngày nghỉ");
		// What was ticked comes back ticked, for the administrator to correct.
		assertThat(checked(refused, "MONDAY")).isTrue();
		assertThat(stored()).isEqualTo("SUNDAY");

		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "FUNDAY")).andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("không phải một ngày trong tuần")));
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", "000.00.00.X00")
				.param("restDays", "SUNDAY")).andExpect(status().isNotFound())
				.andExpect(content().string(Matchers.matchesPattern(
						"(?s).*id=\"agencyCode-error\"[^>]*><span[^>]*>Không tìm thấy cơ quan 000.00.00.X00.*")));
		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", "")
				.param("restDays", "SUNDAY")).andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.matchesPattern(
						"(?s).*id=\"agencyCode-error\"[^>]*><span[^>]*>Trường này là bắt buộc.*")));
		mvc.perform(post("/admin/calendar/rest-days/reset").with(as(admin)).with(csrf()).param("agencyCode", "000.00.00.X00"))
				.andExpect(status().isNotFound());
		assertThat(stored()).isEqualTo("SUNDAY");
		assertThat(jdbc.sql("select count(*) from agency_rest_days where agency_code in ('000.00.00.X00', '')")
				.query(Integer.class).single()).isZero();

		// The API refuses the same way, with the stable code and the reason on the field.
		mvc.perform(put("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(admin))
				.contentType(MediaType.APPLICATION_JSON).content("[\"MONDAY\",\"TUESDAY\",\"SUNDAY\"]"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("calendar.rest-days-invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("restDays"))
				.andExpect(jsonPath("$.errors[0].code").value("calendar.rest-days.too-many"));
		assertThat(stored()).isEqualTo("SUNDAY");
	}

	@Test
	void onlySystemAdministratorsChangeRestDays() throws Exception {
		String agencyAdmin = fixtures.official(desk, Role.AGENCY_ADMIN);
		String citizen = fixtures.citizen();
		mvc.perform(get("/admin/calendar").with(as(agencyAdmin))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/rest-days").with(as(agencyAdmin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SUNDAY")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/rest-days").with(as(citizen)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SUNDAY")).andExpect(status().isForbidden());
		assertThat(stored()).isNull();

		mvc.perform(post("/admin/calendar/rest-days").with(as(admin)).with(csrf()).param("agencyCode", desk)
				.param("restDays", "SUNDAY")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/calendar/rest-days/reset").with(as(agencyAdmin)).with(csrf()).param("agencyCode", desk))
				.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(citizen)))
				.andExpect(status().isForbidden());
		assertThat(stored()).isEqualTo("SUNDAY");
		mvc.perform(delete("/api/v1/calendar/agencies/" + desk + "/rest-days").with(as(admin)))
				.andExpect(status().isNoContent());
		assertThat(stored()).isNull();
	}

	@Test
	void theSectionIsInEnglishToo() throws Exception {
		mvc.perform(get("/admin/calendar").param("lang", "en").with(as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Weekly rest days")))
				.andExpect(content().string(Matchers.containsString(">Saturday</label>")));
	}
}
