package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;

/**
 * The feedback pages: public map and list (visible reports only, no personal data), the citizen's
 * form and reports, the IOC console and the agency inbox, each for its own people only.
 */
class FeedbackPagesTest extends FeedbackTestSupport {

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

	@Test
	void thePublicMapAndListShowVisibleReportsOnlyAndFilter() throws Exception {
		String shown = reported(citizen, category, commune);
		String hidden = reported(citizen, category, commune);
		act(operator, hidden, "HIDE", "note", "Có thông tin cá nhân").andExpect(status().isOk());

		mvc.perform(get("/feedback").param("category", category)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(shown), not(containsString(hidden)),
						containsString("id=\"feedback-map\""), containsString("/dist/leaflet.js"),
						containsString("/js/feedback-map.js"), containsString("data-point-zoom=\"13\""),
						containsString("id=\"feedback-map-note\" class=\"small text-muted mb-3\" aria-live=\"polite\""))));
		// Zoomed out: the count of the commune; zoomed in on it: the report itself.
		mvc.perform(get("/feedback/map.json").param("category", category)).andExpect(status().isOk())
				.andExpect(jsonPath("$.type").value("FeatureCollection"))
				.andExpect(jsonPath("$.view").value("communes"))
				.andExpect(jsonPath("$.features.length()").value(1))
				.andExpect(jsonPath("$.features[0].properties.commune").value(commune.code()))
				.andExpect(jsonPath("$.features[0].properties.count").value(1));
		String view = (commune.lon() - 0.005) + "," + (commune.lat() - 0.005) + "," + (commune.lon() + 0.005) + ","
				+ (commune.lat() + 0.005);
		mvc.perform(get("/feedback/map.json").param("category", category).param("bbox", view).param("zoom", "16"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.view").value("points"))
				.andExpect(jsonPath("$.features.length()").value(1))
				.andExpect(jsonPath("$.features[0].properties.code").value(shown))
				.andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(commune.lon()))
				.andExpect(jsonPath("$.features[0].properties.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.statuses.SUBMITTED").value("Mới gửi, chờ xác minh"));
		// Filters: by commune, status and the day it was sent.
		mvc.perform(get("/feedback/map.json").param("category", category).param("commune", commune.code())
				.param("status", "SUBMITTED")).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/feedback/map.json").param("category", category).param("status", "RESOLVED"))
				.andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.features.length()").value(0));
		String tomorrow = LocalDate.now(ProvinceTime.ZONE).plusDays(1).toString();
		mvc.perform(get("/feedback").param("category", category).param("from", tomorrow)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(shown))));
		mvc.perform(get("/feedback/map.json").param("category", category).param("to", tomorrow))
				.andExpect(jsonPath("$.total").value(1));

		mvc.perform(get("/feedback/" + shown)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(shown), containsString("Công dân thử nghiệm"))));
		mvc.perform(get("/feedback/" + hidden)).andExpect(status().isNotFound());
		mvc.perform(get("/feedback/" + hidden).with(as(citizen))).andExpect(status().isNotFound());
		mvc.perform(get("/feedback/PA-000000-000000")).andExpect(status().isNotFound());
	}

	@Test
	void anAnonymousReportersNameAndContactsNeverShowInPublic() throws Exception {
		String body = mvc.perform(report(category, "Rác thải đổ trộm ven kênh, bốc mùi", commune.lat(), commune.lon())
				.param("anonymous", "true").with(as(citizen))).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		mvc.perform(get("/feedback/" + code)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ẩn danh"), not(containsString("Công dân thử nghiệm")),
						not(containsString(citizen + "@example.vn")), not(containsString(citizen)))));
		// The officials concerned still see who it is.
		mvc.perform(get("/staff/feedback/" + code).with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Công dân thử nghiệm"), containsString(citizen + "@example.vn"))));
	}

	@Test
	void theFormIsForCitizensKeepsWhatWasTypedAndShowsTheErrorsByTheFields() throws Exception {
		mvc.perform(get("/feedback/new").with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"pick-map\""), containsString("accept=\"image/*\""),
						containsString("capture=\"environment\""), containsString("/js/feedback-form.js"))));
		mvc.perform(get("/feedback/new")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/feedback/new").with(as(leader))).andExpect(status().isForbidden());
		mvc.perform(get("/my/feedback").with(as(leader))).andExpect(status().isForbidden());

		int before = count("select count(*) from feedback_report where category_code = ?", category);
		mvc.perform(multipart("/feedback/new").param("category", "KHONG-CO").param("description", "Ngắn")
				.param("address", "Số 5 đường Trần Phú").with(as(citizen)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"category-error\""),
						containsString("id=\"description-error\""), containsString("Số 5 đường Trần Phú"),
						containsString("&quot;KHONG-CO&quot; không tồn tại"), containsString(">Ngắn</textarea>"))));
		mvc.perform(multipart("/feedback/new").param("category", category).param("description", "Cây đổ chắn ngang đường")
				.param("lat", String.valueOf(OUTSIDE_LAT)).param("lon", String.valueOf(OUTSIDE_LON)).with(as(citizen)))
				.andExpect(status().is4xxClientError())
				.andExpect(content().string(containsString("Cây đổ chắn ngang đường")));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isEqualTo(before);

		String location = mvc.perform(multipart("/feedback/new").file(photo("a.jpg", TestImages.jpegWithExif(800, 600, 1)))
				.param("category", category).param("description", "Cây đổ chắn ngang đường sau bão")
				.param("lat", String.valueOf(commune.lat())).param("lon", String.valueOf(commune.lon())).with(as(citizen)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/my/feedback/PA-*"))
				.andReturn().getResponse().getRedirectedUrl();
		String code = location.substring(location.lastIndexOf('/') + 1);
		assertThat(count("select count(*) from feedback_photo p join feedback_report r on r.id = p.report_id where r.code = ?",
				code)).isEqualTo(1);
		mvc.perform(get("/my/feedback").with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(containsString(code)));
		mvc.perform(get("/my/feedback/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"report-code\""), containsString(code))));
		mvc.perform(get("/my/feedback/" + code).with(as(fixtures.citizen()))).andExpect(status().isNotFound());
	}

	@Test
	void theConsoleAndTheInboxAreForTheirOfficialsAndTakeTheWholeHandling() throws Exception {
		String code = reported(citizen, category, commune);
		mvc.perform(get("/staff/feedback/ioc").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(code), containsString("Trong hạn"))));
		mvc.perform(get("/staff/feedback/ioc").with(as(leader))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback/ioc").with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback").with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback/" + code).with(as(leader))).andExpect(status().isNotFound());
		mvc.perform(get("/staff/feedback/" + code).with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/feedback/" + code).with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"do-ASSIGN\""), containsString("id=\"do-REJECT\""),
						containsString("id=\"do-HIDE\""), containsString("value=\"" + commune.code() + "\""))));

		mvc.perform(post("/staff/feedback/" + code + "/actions/ASSIGN").param("agencyCode", commune.code()).with(as(operator)))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single())
				.isEqualTo("ASSIGNED");
		// A refused action comes back with its message and changes nothing.
		mvc.perform(post("/staff/feedback/" + code + "/actions/VERIFY").with(as(operator)))
				.andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat((String) result.getFlashMap().get("alert")).contains("VERIFY"));

		mvc.perform(get("/staff/feedback").with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString(code)));
		mvc.perform(get("/staff/feedback/" + code).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"do-ASSIGN_HANDLER\""),
						containsString("value=\"" + handler + "\""))));
		mvc.perform(post("/staff/feedback/" + code + "/actions/ASSIGN_HANDLER").param("handler", handler).with(as(leader)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/staff/feedback/" + code + "/actions/RESOLVE")
				.file(photo("xong.jpg", TestImages.jpegWithExif(640, 480, 1)))
				.param("answer", "Đã dọn cây và thông đường lúc 10 giờ sáng.").with(as(handler)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/feedback/" + code)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Đã dọn cây và thông đường lúc 10 giờ sáng."),
						containsString("id=\"answer-photos\""))));

		mvc.perform(get("/my/feedback/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"rate-form\""), containsString("id=\"reopen-form\""))));
		mvc.perform(post("/my/feedback/" + code + "/actions/RATE").param("rating", "5").with(as(citizen)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/feedback/" + code + "/actions/HIDE").param("note", "x").with(as(citizen)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/feedback/" + code)).andExpect(content().string(containsString("5/5")));
	}

	@Test
	void anOfficialAsksForMoreInformationAndTheReporterAnswersFromTheirPage() throws Exception {
		String code = reported(citizen, category, commune);
		act(operator, code, "ASSIGN").andExpect(status().isOk());
		mvc.perform(get("/staff/feedback/" + code).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"do-REQUEST_INFO\"")));
		mvc.perform(post("/staff/feedback/" + code + "/actions/REQUEST_INFO").param("note", "Cây đổ ở phía nào của cầu?")
				.with(as(leader))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/my/feedback/" + code).with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"provide-info-form\""),
						containsString("Chờ người phản ánh bổ sung thông tin"))));
		mvc.perform(multipart("/my/feedback/" + code + "/actions/PROVIDE_INFO").param("note", "Phía bờ nam, sát chân cầu.")
				.with(as(citizen))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single())
				.isEqualTo("ASSIGNED");
	}

	@Test
	void pagesMayLoadMapTilesFromTheConfiguredHostAndNothingElseFromOutside() throws Exception {
		mvc.perform(get("/feedback")).andExpect(header().string("Content-Security-Policy",
				allOf(containsString("img-src 'self' data: blob: https://tile.openstreetmap.org;"),
						containsString("script-src 'self';"), containsString("connect-src 'self';"))));
	}
}
