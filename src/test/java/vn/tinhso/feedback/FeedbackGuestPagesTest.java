package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The pages of reporting without an account: the report form sends visitors to the guest form, the
 * code mailed to them is typed on the next page, and the last one gives the report's code and where to
 * follow it. Wrong codes, bad input, a missing CSRF token and too many submissions change nothing.
 */
class FeedbackGuestPagesTest extends FeedbackTestSupport {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
	private static final Pattern SIX_DIGITS = Pattern.compile("([0-9]{6})");
	private static final Pattern HELD = Pattern.compile("/feedback/guest/([0-9a-f-]{36})");

	private Commune commune;
	private String category;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
	}

	/** A client address of its own (not the API guest test's), so tests do not share a rate limit. */
	private static String address() {
		int n = ADDRESSES.getAndIncrement();
		return "10.9." + (n / 250) + "." + (n % 250 + 1);
	}

	/** The guest form as sent from a browser (with its CSRF token) at the address; params add or replace fields. */
	private MockMultipartHttpServletRequestBuilder form(String ip, String... params) {
		return reportForm("/feedback/guest", ip, category, commune, "Cây xanh đổ nghiêng sát đường dây điện", params);
	}

	private int held() {
		return count("select count(*) from feedback_unconfirmed where category_code = ?", category);
	}

	private Optional<String> mailedCode(String email) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
			}
			catch (Exception e) {
				return false;
			}
		}).map(m -> {
			try {
				Matcher digits = SIX_DIGITS.matcher(m.getSubject());
				return digits.find() ? digits.group(1) : null;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).filter(java.util.Objects::nonNull).findFirst();
	}

	@Test
	void visitorsWithoutAnAccountAreSentToTheGuestFormWhichHasTheSameFieldsAndAContact() throws Exception {
		mvc.perform(get("/feedback/new").param("lat", "21.2").param("lon", "106.1").param("zoom", "15"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/feedback/guest?lat=21.2&lon=106.1&zoom=15"));
		mvc.perform(get("/feedback/guest").param("lat", "21.2").param("lon", "106.1")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"pick-map\""), containsString("data-lat=\"21.2\""),
						containsString("id=\"nearby\""), not(containsString("data-follow")), containsString("name=\"email\""),
						containsString("name=\"phone\""), containsString("name=\"_csrf\""), containsString("/js/feedback-form.js"),
						containsString("href=\"/login\""))));
		mvc.perform(get("/feedback")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("href=\"/feedback/guest\""), not(containsString("id=\"new-report\"")))));
		// Signed in, one reports with the account instead.
		String citizen = fixtures.citizen();
		mvc.perform(get("/feedback/guest").with(as(citizen))).andExpect(redirectedUrl("/feedback/new"));
		mvc.perform(get("/feedback/new").with(as(citizen))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"pick-map\""),
						containsString("data-follow=\"Theo dõi phản ánh này\""), not(containsString("name=\"email\"")))));
		mvc.perform(get("/feedback").with(as(citizen)))
				.andExpect(content().string(allOf(containsString("id=\"new-report\""), not(containsString("href=\"/feedback/guest\"")))));
	}

	@Test
	void aGuestTypesTheMailedCodeAndGetsTheReportCodeWithALinkToFollowIt() throws Exception {
		String email = "trang" + System.nanoTime() + "@example.vn";
		String location = mvc.perform(form(address(), "email", email, "reporterName", "Lê Văn Khách").with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/feedback/guest/*"))
				.andReturn().getResponse().getRedirectedUrl();
		Matcher m = HELD.matcher(location);
		assertThat(m.matches()).isTrue();
		String page = m.group(0);
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();

		mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"code-form\""), containsString("t***@example.vn"),
						containsString("autocomplete=\"one-time-code\""), containsString("Còn 5 lần nhập"))));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailedCode(email).isPresent());
		String code = mailedCode(email).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		mvc.perform(post(page).param("code", wrong).with(csrf())).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("còn 4 lần thử"),
						containsString("Còn 4 lần nhập"))));
		mvc.perform(post(page).param("code", "12ab").with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Mã xác nhận gồm 6 chữ số")));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();

		mvc.perform(post(page).param("code", code).with(csrf())).andExpect(redirectedUrl(page + "/done"));
		String reportCode = jdbc.sql("""
				select r.code from feedback_report r join feedback_unconfirmed u on u.report_id = r.id where u.id = ?::uuid""")
				.param(m.group(1)).query(String.class).single();
		assertThat(jdbc.sql("select channel || '/' || reporter_email || '/' || reporter_name from feedback_report where code = ?")
				.param(reportCode).query(String.class).single()).isEqualTo("GUEST/" + email + "/Lê Văn Khách");
		mvc.perform(get(page + "/done")).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"report-code\""), containsString(">" + reportCode + "<"),
						containsString("href=\"/feedback/" + reportCode + "\""), containsString("t***@example.vn"))));
		// Back on the code page (a reload), the confirmation is shown again; the report is there once.
		mvc.perform(get(page)).andExpect(redirectedUrl(page + "/done"));
		mvc.perform(get("/feedback/" + reportCode)).andExpect(status().isOk());
		mvc.perform(get("/feedback/guest/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsShownByTheFieldsAndNothingIsHeldNorSentWithoutTheCsrfToken() throws Exception {
		String noContact = mvc.perform(form(address(), "description", "Ngắn").with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"contact-error\""),
						containsString("Cần địa chỉ thư điện tử hoặc số điện thoại"))))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// Both ways of being reached are marked wrong and point at the error that says so.
		for (String input : new String[] { "email", "phone" }) {
			assertThat(inputTag(noContact, input)).contains("aria-invalid=\"true\"", "is-invalid")
					.containsPattern("aria-describedby=\"[^\"]*contact-error");
		}
		assertThat(inputTag(noContact, "reporterName")).contains("aria-invalid=\"false\"").doesNotContain("contact-error");
		mvc.perform(form(address(), "email", "sai-dia-chi", "phone", "12ab").with(csrf())).andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"email-error\""), containsString("id=\"phone-error\""),
						containsString("value=\"sai-dia-chi\""), containsString("Cây xanh đổ nghiêng sát đường dây điện"))));
		mvc.perform(form(address(), "email", "a@example.vn", "description", "Ngắn").with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"description-error\""), containsString(">Ngắn</textarea>"))));
		mvc.perform(form(address(), "email", "a@example.vn", "lat", String.valueOf(OUTSIDE_LAT), "lon",
				String.valueOf(OUTSIDE_LON)).with(csrf())).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"error-summary\"")));
		// A form posted from another site carries no token: refused before anything is read.
		mvc.perform(form(address(), "email", "b@example.vn")).andExpect(status().isForbidden());
		assertThat(held()).isZero();
	}

	@Test
	void tooManySubmissionsGetAClearMessageWithWhenToTryAgainAndStatus429() throws Exception {
		String ip = address();
		for (int i = 0; i < 5; i++) {
			mvc.perform(form(ip, "email", "gioi-han" + i + "-" + System.nanoTime() + "@example.vn").with(csrf()))
					.andExpect(status().is3xxRedirection());
		}
		mvc.perform(form(ip, "email", "lan-sau-" + System.nanoTime() + "@example.vn").with(csrf()))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
				.andExpect(content().string(allOf(containsString("id=\"rate-limited\""),
						containsString("Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau khoảng"),
						containsString("phút (từ "), containsString("Cây xanh đổ nghiêng sát đường dây điện"))));
		assertThat(held()).isEqualTo(5);
	}

	/** The opening tag of the input with this id. */
	private static String inputTag(String page, String id) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page);
		assertThat(m.find()).as("input " + id).isTrue();
		return m.group();
	}
}
