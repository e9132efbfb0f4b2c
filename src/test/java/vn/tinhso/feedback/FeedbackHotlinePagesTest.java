package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tinhso.directory.Role;

/**
 * The IOC operator's hotline entry page: theirs only, a report made with channel HOTLINE and the caller's
 * details, its code shown to be read to the caller, and a refusal that shows every problem by its field
 * and saves nothing.
 */
class FeedbackHotlinePagesTest extends FeedbackTestSupport {

	private static final String PAGE = "/staff/feedback/hotline";

	private Commune commune;
	private String category;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
	}

	/** A call as the operator types it; params add or replace fields. */
	private MockMultipartHttpServletRequestBuilder call(String... params) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("reporterName", "Nguyễn Thị Gọi");
		fields.put("reporterPhone", "0912 345 678");
		fields.put("category", category);
		fields.put("description", "Cống thoát nước bị tắc, nước tràn ra đường");
		fields.put("lat", String.valueOf(commune.lat()));
		fields.put("lon", String.valueOf(commune.lon()));
		for (int i = 0; i + 1 < params.length; i += 2) {
			fields.put(params[i], params[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(PAGE);
		fields.forEach(request::param);
		return request;
	}

	private int reports() {
		return count("select count(*) from feedback_report where category_code = ?", category);
	}

	@Test
	void onlyIocOperatorsOpenTheHotlineEntryWhichTheConsoleLinks() throws Exception {
		mvc.perform(get(PAGE).with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"pick-map\""), containsString("name=\"reporterPhone\""),
						containsString("name=\"reporterEmail\""), containsString("name=\"submissionKey\""),
						containsString("/js/feedback-form.js"), containsString("id=\"nearby\""),
						not(containsString("data-follow")))));
		mvc.perform(get("/staff/feedback/ioc").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/staff/feedback/hotline\"")));

		String citizen = fixtures.citizen();
		String leader = fixtures.official(commune.code(), Role.LEADER);
		mvc.perform(get(PAGE).with(as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get(PAGE).with(as(leader))).andExpect(status().isForbidden());
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
		mvc.perform(call().with(as(leader))).andExpect(status().isForbidden());
		mvc.perform(call().with(as(citizen))).andExpect(status().isForbidden());
		assertThat(reports()).isZero();
	}

	@Test
	void anOperatorEntersACallAndReadsTheCodeToTheCaller() throws Exception {
		String key = UUID.randomUUID().toString();
		MvcResult sent = mvc.perform(call("reporterEmail", "goi@example.vn", "anonymous", "true", "submissionKey", key)
				.file(photo("cong.png", TestImages.png(640, 480))).with(as(operator)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE))
				.andExpect(flash().attribute("hotlineCode", org.hamcrest.Matchers.startsWith("PA-"))).andReturn();
		String code = (String) sent.getFlashMap().get("hotlineCode");
		assertThat(jdbc.sql("""
				select r.channel || '/' || r.reporter_name || '/' || r.reporter_phone || '/' || r.reporter_email || '/'
				  || r.anonymous || '/' || r.commune_code || '/' || a.username
				from feedback_report r join account a on a.id = r.entered_by where r.code = ?""")
				.param(code).query(String.class).single())
				.isEqualTo("HOTLINE/Nguyễn Thị Gọi/0912345678/goi@example.vn/true/" + commune.code() + "/" + operator);
		assertThat(count("select count(*) from feedback_photo p join feedback_report r on r.id = p.report_id where r.code = ?",
				code)).isOne();

		// The page shows the code to read out, and an empty form for the next call.
		mvc.perform(get(PAGE).cookie(sent.getResponse().getCookies()).with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"report-code\""), containsString(">" + code + "<"),
						not(containsString("Nguyễn Thị Gọi")))));
		// A double click (the same form sent again) makes no second report.
		mvc.perform(call("submissionKey", key).with(as(operator))).andExpect(flash().attribute("hotlineCode", code));
		assertThat(reports()).isOne();

		// The IOC queue shows it with its channel; the public page hides the caller who asked for it.
		mvc.perform(get("/staff/feedback/ioc").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(code), containsString("Đường dây nóng"))));
		mvc.perform(get("/staff/feedback/" + code).with(as(operator))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"report-channel\""), containsString("Đường dây nóng"),
						containsString("Nguyễn Thị Gọi"), containsString("0912345678"))));
		mvc.perform(get("/feedback/" + code)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(code), not(containsString("Nguyễn Thị Gọi")),
						not(containsString("0912345678")))));
	}

	@Test
	void badInputShowsEveryErrorByItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		mvc.perform(call("reporterPhone", "", "reporterEmail", "khong-phai-email", "category", "KHONG-CO", "description", "Ngắn",
				"address", "Ngõ 12 phố Chợ").with(as(operator)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"reporterPhone-error\""),
						containsString("Cần số điện thoại của người gọi"), containsString("id=\"reporterEmail-error\""),
						containsString("id=\"category-error\""), containsString("id=\"description-error\""),
						containsString("value=\"Nguyễn Thị Gọi\""), containsString("value=\"khong-phai-email\""),
						containsString("Ngõ 12 phố Chợ"), containsString(">Ngắn</textarea>"),
						not(containsString("id=\"report-code\"")))));
		mvc.perform(call("reporterPhone", "12ab").with(as(operator))).andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"reporterPhone-error\""),
						containsString("Số điện thoại không hợp lệ"))));
		mvc.perform(call("lat", String.valueOf(OUTSIDE_LAT), "lon", String.valueOf(OUTSIDE_LON)).with(as(operator)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
						containsString("Cống thoát nước bị tắc, nước tràn ra đường"))));
		mvc.perform(call().file(photo("x.jpg", "not an image".getBytes())).with(as(operator)))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"photos-error\"")));
		// The caller's details, the photo and the place are all refused in the same answer.
		mvc.perform(call("reporterPhone", "", "lat", String.valueOf(OUTSIDE_LAT), "lon", String.valueOf(OUTSIDE_LON))
				.file(photo("x.jpg", "not an image".getBytes())).with(as(operator)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"reporterPhone-error\""),
						containsString("id=\"photos-error\""), containsString("id=\"lat-error\""),
						containsString("nằm ngoài địa giới các xã, phường của tỉnh"))));
		assertThat(reports()).isZero();
		assertThat(count("select count(*) from feedback_report where reporter_name = 'Nguyễn Thị Gọi' and category_code = ?",
				category)).isZero();
	}
}
