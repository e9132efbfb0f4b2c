package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;

/**
 * The officials' figures page: the numbers of the reports made here, per agency and category, for the
 * whole province (IOC) or only the official's own agencies; the same as CSV; months checked.
 */
class FeedbackFiguresPagesTest extends FeedbackTestSupport {

	/** Boundary squares of this class, in a region of their own. */
	private static final AtomicInteger SQUARES = new AtomicInteger();
	private static final Pattern CELL = Pattern.compile("data-figure=\"([a-z-]+)\">\\s*(?:<span>)?([^<]*)<");

	private static String department;

	private Commune east;
	private Commune west;
	private String category;
	private String eastLeader;
	private String westLeader;
	private String citizen;

	@BeforeEach
	void twoCommunesWithReports() throws Exception {
		staff();
		if (department == null) {
			department = fixtures.department();
		}
		east = communeWithBoundary();
		west = communeWithBoundary();
		category = category();
		citizen = fixtures.citizen();
		eastLeader = fixtures.official(east.code(), Role.LEADER);
		westLeader = fixtures.official(west.code(), Role.LEADER);

		// East: one answered on time and rated 4, one past its deadline; west: one being handled.
		String answered = reported(citizen, category, east);
		String late = reported(citizen, category, east);
		String handled = reported(citizen, category, west);
		for (String code : new String[] { answered, late, handled }) {
			act(operator, code, "ASSIGN").andExpect(status().isOk());
		}
		act(eastLeader, answered, "RESOLVE", "answer", "Đã thay bóng đèn.").andExpect(status().isOk());
		act(citizen, answered, "RATE", "rating", "4").andExpect(status().isOk());
		jdbc.sql("update feedback_report set resolve_due_at = ? where code = ?").params(OffsetDateTime.now().minusHours(3), late)
				.update();
	}

	@Test
	void theIocSeesEveryAgencyWithNumbersMatchingTheReports() throws Exception {
		String page = page(get("/staff/feedback/figures").with(as(operator)));
		assertThat(page).contains("<caption class=\"caption-top\">", "id=\"figures-scope\"", "Số liệu toàn tỉnh", "id=\"figures-csv\"");
		assertThat(row(page, east.code())).containsEntry("received", "2").containsEntry("resolved", "1")
				.containsEntry("on-time", "100,0%").containsEntry("overdue", "1").containsEntry("open", "1")
				.containsEntry("satisfaction", "4,0/5 (1 lượt đánh giá)");
		assertThat(row(page, east.code()).get("time")).endsWith(" giờ");
		assertThat(row(page, west.code())).containsEntry("received", "1").containsEntry("resolved", "0")
				.containsEntry("on-time", "—").containsEntry("overdue", "0").containsEntry("satisfaction", "—");

		String byCategory = page(get("/staff/feedback/figures").param("by", "category").with(as(operator)));
		assertThat(row(byCategory, category)).containsEntry("received", "3").containsEntry("open", "2");
		assertThat(byCategory).contains("Ổ gà " + category);
		// One agency chosen: only its reports count.
		String eastOnly = page(get("/staff/feedback/figures").param("by", "category").param("agency", east.code())
				.with(as(operator)));
		assertThat(row(eastOnly, category)).containsEntry("received", "2");
		String byCommune = page(get("/staff/feedback/figures").param("by", "commune").with(as(operator)));
		assertThat(row(byCommune, west.code())).containsEntry("received", "1");
		String thisMonth = YearMonth.now(ProvinceTime.ZONE).toString();
		String byMonth = page(get("/staff/feedback/figures").param("by", "month").param("from", thisMonth)
				.param("to", thisMonth).with(as(operator)));
		assertThat(Integer.parseInt(row(byMonth, thisMonth).get("received"))).isGreaterThanOrEqualTo(3);
		// Nothing in a month long past.
		assertThat(page(get("/staff/feedback/figures").param("from", "2020-01").param("to", "2020-02").with(as(operator))))
				.contains("id=\"no-figures\"");
		// The agency chosen stays chosen in its list even when it has no reports in the period.
		assertThat(page(get("/staff/feedback/figures").param("agency", east.code()).param("from", "2020-01")
				.param("to", "2020-02").with(as(operator))))
				.containsPattern("<option value=\"" + Pattern.quote(east.code()) + "\" selected=\"selected\">[^<]+</option>");
	}

	@Test
	void anAgencyOfficialSeesOnlyTheirOwnAgencysRows() throws Exception {
		String page = page(get("/staff/feedback/figures").with(as(eastLeader)));
		assertThat(page).contains("data-key=\"" + east.code() + "\"", "Số liệu phản ánh của các cơ quan")
				.doesNotContain("data-key=\"" + west.code() + "\"");
		assertThat(row(page, east.code())).containsEntry("received", "2");
		String byCategory = page(get("/staff/feedback/figures").param("by", "category").with(as(eastLeader)));
		assertThat(row(byCategory, category)).containsEntry("received", "2").containsEntry("resolved", "1");
		// Asking for the other agency shows nothing of it.
		String other = page(get("/staff/feedback/figures").param("by", "category").param("agency", west.code())
				.with(as(eastLeader)));
		assertThat(other).doesNotContain("data-key=\"" + category + "\"").contains("id=\"no-figures\"");
		assertThat(page(get("/staff/feedback/figures").with(as(westLeader))))
				.contains("data-key=\"" + west.code() + "\"").doesNotContain("data-key=\"" + east.code() + "\"");

		String csv = mvc.perform(get("/staff/feedback/figures.csv").with(as(eastLeader))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("text/csv")))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFMã,Cơ quan xử lý,Tiếp nhận,").doesNotContain(west.code());
		assertThat(csv.lines().filter(l -> l.startsWith(east.code() + ",")).findFirst().orElseThrow())
				.matches(Pattern.quote(east.code()) + ",[^,]+,2,1,1,1\\.0,0,1,1,[0-9.]+,1,4\\.0");
		assertThat(mvc.perform(get("/staff/feedback/figures.csv").with(as(operator))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).contains(east.code() + ",", west.code() + ",");
	}

	@Test
	void officialsOnlyAndWrongMonthsAreShownByTheirFields() throws Exception {
		mvc.perform(get("/staff/feedback/figures")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/staff/feedback/figures").with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback/figures.csv").with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback/figures").param("from", "2026-13").param("to", "tháng 5").with(as(operator)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"from-error\""), containsString("id=\"to-error\""),
						containsString("Hãy nhập tháng dạng yyyy-MM (ví dụ 2026-01), năm từ 2000 đến 2100."), containsString("value=\"tháng 5\""))));
		mvc.perform(get("/staff/feedback/figures").param("to", "+999999999-12").with(as(operator)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"to-error\""), containsString("năm từ 2000 đến 2100"))));
		mvc.perform(get("/staff/feedback/figures.csv").param("from", "+999999999-12").with(as(operator)))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/staff/feedback/figures").param("from", "2026-05").param("to", "2026-01").with(as(operator)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Khoảng thời gian phải từ tháng đầu đến tháng cuối")));
		mvc.perform(get("/staff/feedback/ioc").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/staff/feedback/figures\"")));
		mvc.perform(get("/staff/feedback/figures").param("lang", "en").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Field report figures"), containsString("Answered on time"))));
	}

	/** A commune under the class's department with its own square boundary. */
	private Commune communeWithBoundary() throws Exception {
		String code = fixtures.unitUnder(department);
		int n = SQUARES.getAndIncrement();
		double south = 40 + n * 0.02;
		double west = 125;
		String geoJson = """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"agency_code": "%s"},
				  "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}]}"""
				.formatted(code, west, south, west + 0.01, south, west + 0.01, south + 0.01, west, south + 0.01, west, south);
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content(geoJson).with(as(admin)))
				.andExpect(status().isOk());
		return new Commune(code, south + 0.005, west + 0.005);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The cells of the table row of a key, by their data-figure name, as shown. */
	private static Map<String, String> row(String page, String key) {
		int start = page.indexOf("data-key=\"" + key + "\"");
		assertThat(start).as("row " + key).isNotNegative();
		String tr = page.substring(start, page.indexOf("</tr>", start));
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		Matcher m = CELL.matcher(tr);
		while (m.find()) {
			cells.put(m.group(1), m.group(2).strip());
		}
		return cells;
	}
}
