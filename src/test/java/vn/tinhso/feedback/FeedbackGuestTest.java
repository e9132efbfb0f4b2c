package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tinhso.feedback.channel.ChannelCleanup;

/**
 * Reports from people without an account: held until the e-mailed (or texted) code is typed, invisible
 * until then, limited attempts and time, deleted after a day unconfirmed, and rate-limited per client
 * address and per contact.
 */
class FeedbackGuestTest extends FeedbackTestSupport {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
	private static final Pattern CODE = Pattern.compile("([0-9]{6})");

	@Autowired
	private ChannelCleanup cleanup;

	private Commune commune;
	private String category;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
	}

	/** A client address of its own, so tests do not share a rate limit. */
	private static String address() {
		int n = ADDRESSES.getAndIncrement();
		return "10.8." + (n / 250) + "." + (n % 250 + 1);
	}

	/** A guest's report from the address; params add or replace fields (category, description, lat, lon…). */
	private MockMultipartHttpServletRequestBuilder guest(String ip, String... params) {
		return reportForm("/api/v1/feedback/guest/reports", ip, category, commune, "Cống thoát nước bị vỡ nắp, rất nguy hiểm",
				params);
	}

	private String held(String email) throws Exception {
		String body = mvc.perform(guest(address(), "email", email, "name", "Trần Văn Khách"))
				.andExpect(status().isAccepted())
				.andExpect(jsonPath("$.status").value("UNCONFIRMED"))
				.andExpect(jsonPath("$.contactKind").value("EMAIL"))
				.andExpect(jsonPath("$.attemptsLeft").value(5))
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private ResultActions confirm(String id, String code) throws Exception {
		return mvc.perform(post("/api/v1/feedback/guest/reports/" + id + "/confirm").param("code", code));
	}

	private String mailedCode(String email) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !subjects(email).isEmpty());
		Matcher m = CODE.matcher(subjects(email).get(0));
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	@Test
	void aGuestConfirmsWithTheMailedCodeAndOnlyThenTheReportExists() throws Exception {
		String email = "khach" + System.nanoTime() + "@example.vn";
		int before = count("select count(*) from feedback_report where category_code = ?", category);
		String id = held(email);
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isEqualTo(before);
		mvc.perform(get("/api/v1/feedback/public/reports").param("category", category))
				.andExpect(jsonPath("$.total").value(0));
		String code = mailedCode(email);
		assertThat(count("select count(*) from feedback_unconfirmed where id = ?::uuid and code_sha256 = ?", id, code))
				.as("only the hash is kept").isZero();

		String wrong = code.equals("000000") ? "111111" : "000000";
		confirm(id, wrong).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("feedback.guest.code-wrong"));
		confirm(id, "12ab").andExpect(status().isBadRequest());
		String body = confirm(id, code).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("SUBMITTED")).andReturn().getResponse().getContentAsString();
		String reportCode = JsonPath.read(body, "$.code");
		assertThat(jdbc.sql("select channel || '/' || reporter_email || '/' || reporter_name from feedback_report where code = ?")
				.param(reportCode).query(String.class).single()).isEqualTo("GUEST/" + email + "/Trần Văn Khách");
		// Confirming again (a double tap) returns the same report.
		confirm(id, code).andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(reportCode));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/feedback/guest/reports/" + id)).andExpect(jsonPath("$.status").value("CONFIRMED"))
				.andExpect(jsonPath("$.code").value(reportCode));
		// The IOC sees it in its queue now.
		mvc.perform(get("/api/v1/feedback/reports/inbox").param("category", category).with(vn.tinhso.support.Fixtures.as(operator)))
				.andExpect(jsonPath("$.items[0].code").value(reportCode));
	}

	@Test
	void aGuestAnswersARequestForMoreInformationWithTheReportToken() throws Exception {
		String email = "bosung" + System.nanoTime() + "@example.vn";
		String id = held(email);
		String body = confirm(id, mailedCode(email)).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		String token = JsonPath.read(body, "$.token");
		String leader = fixtures.official(commune.code(), vn.tinhso.directory.Role.LEADER);
		act(operator, code, "ASSIGN").andExpect(status().isOk());
		String answerUrl = "/api/v1/feedback/guest/reports/info/";
		String ip = address();
		org.springframework.test.web.servlet.request.RequestPostProcessor from = r -> {
			r.setRemoteAddr(ip);
			return r;
		};
		mvc.perform(multipart(answerUrl + token).param("note", "Số nhà 15").with(from)).andExpect(status().isConflict());
		act(leader, code, "REQUEST_INFO", "note", "Xin cho biết số nhà gần nhất.").andExpect(status().isOk());
		mvc.perform(multipart(answerUrl + java.util.UUID.randomUUID()).param("note", "Số nhà 15").with(from))
				.andExpect(status().isNotFound());
		mvc.perform(multipart(answerUrl + token).with(from)).andExpect(status().isBadRequest());
		mvc.perform(multipart(answerUrl + token).param("note", "Trước số nhà 15, cạnh cột điện.").with(from))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));
		assertThat(jdbc.sql("select e.note from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? and e.action = 'PROVIDE_INFO'").param(code).query(String.class).single())
				.isEqualTo("Trước số nhà 15, cạnh cột điện.");
		// A citizen with an account answers signed in, not by token.
		String citizen = fixtures.citizen();
		String own = reported(citizen, category, commune);
		String ownToken = jdbc.sql("select token::text from feedback_report where code = ?").param(own).query(String.class).single();
		mvc.perform(multipart(answerUrl + ownToken).param("note", "Số nhà 15").with(from)).andExpect(status().isNotFound());
		// Guessing tokens is limited per address like submissions (five an hour).
		mvc.perform(multipart(answerUrl + ownToken).param("note", "Số nhà 15").with(from))
				.andExpect(status().isTooManyRequests());
	}

	@Test
	void fiveWrongCodesLeaveItUnconfirmedAndAnExpiredCodeIsRefused() throws Exception {
		String email = "sai" + System.nanoTime() + "@example.vn";
		String id = held(email);
		String code = mailedCode(email);
		String wrong = code.equals("999999") ? "888888" : "999999";
		for (int left = 4; left >= 1; left--) {
			confirm(id, wrong).andExpect(status().isUnprocessableContent())
					.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(String.valueOf(left))));
		}
		confirm(id, wrong).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("feedback.guest.locked"));
		confirm(id, code).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("feedback.guest.locked"));
		mvc.perform(get("/api/v1/feedback/guest/reports/" + id)).andExpect(jsonPath("$.status").value("LOCKED"));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();

		String late = "tre" + System.nanoTime() + "@example.vn";
		String lateId = held(late);
		String lateCode = mailedCode(late);
		jdbc.sql("update feedback_unconfirmed set code_expires_at = now() - interval '1 minute' where id = ?::uuid")
				.param(lateId).update();
		confirm(lateId, lateCode).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.guest.code-expired"));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();
	}

	@Test
	void unconfirmedReportsAreDeletedAfterADayConfirmedOnesStay() throws Exception {
		String stale = held("cu" + System.nanoTime() + "@example.vn");
		String email = "moi" + System.nanoTime() + "@example.vn";
		String kept = held(email);
		String reportCode = JsonPath.read(confirm(kept, mailedCode(email)).andReturn().getResponse().getContentAsString(), "$.code");
		jdbc.sql("update feedback_unconfirmed set created_at = now() - interval '25 hours' where id in (?::uuid, ?::uuid)")
				.params(stale, kept).update();
		assertThat(cleanup.run()).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/api/v1/feedback/guest/reports/" + stale)).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("feedback.guest.not-found"));
		assertThat(count("select count(*) from feedback_report where code = ?", reportCode)).isOne();
	}

	@Test
	void aPhoneNumberGetsTheCodeByShortMessageWhichTheLogDoesNotKeep() throws Exception {
		String phone = "09" + String.valueOf(System.nanoTime()).substring(5, 13);
		mvc.perform(guest(address(), "phone", phone)).andExpect(status().isAccepted())
				.andExpect(jsonPath("$.contactKind").value("PHONE"))
				.andExpect(jsonPath("$.contactHint").value("***" + phone.substring(phone.length() - 3)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(
				"select count(*) from notification_log where recipient = ? and channel = 'SMS_LOG'", phone) == 1);
		String logged = jdbc.sql("select body from notification_log where recipient = ?").param(phone).query(String.class).single();
		assertThat(logged).contains("******").doesNotContainPattern("[0-9]{6}");
	}

	@Test
	void badInputIsRefusedAndNothingIsHeldOrSent() throws Exception {
		int held = count("select count(*) from feedback_unconfirmed");
		mvc.perform(guest(address())).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("contact"));
		mvc.perform(guest(address(), "email", "not-an-address")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(guest(address(), "email", "a@example.vn", "category", "KHONG-CO")).andExpect(status().isBadRequest());
		mvc.perform(guest(address(), "email", "a@example.vn", "lat", String.valueOf(OUTSIDE_LAT), "lon",
				String.valueOf(OUTSIDE_LON))).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("feedback.location.outside-province"));
		mvc.perform(guest(address(), "email", "a@example.vn").file(photo("x.jpg", "not an image".getBytes())))
				.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from feedback_unconfirmed")).isEqualTo(held);
		confirm(java.util.UUID.randomUUID().toString(), "123456").andExpect(status().isNotFound());
	}

	@Test
	void submissionsAreLimitedPerAddressAndPerContact() throws Exception {
		String ip = address();
		for (int i = 0; i < 5; i++) {
			mvc.perform(guest(ip, "email", "ip" + i + "-" + System.nanoTime() + "@example.vn")).andExpect(status().isAccepted());
		}
		mvc.perform(guest(ip, "email", "ip6-" + System.nanoTime() + "@example.vn"))
				.andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.code").value("feedback.rate-limited"))
				.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")));

		String email = "mot-nguoi" + System.nanoTime() + "@example.vn";
		for (int i = 0; i < 5; i++) {
			mvc.perform(guest(address(), "email", email)).andExpect(status().isAccepted());
		}
		mvc.perform(guest(address(), "email", email.toUpperCase())).andExpect(status().isTooManyRequests());
		assertThat(count("select count(*) from feedback_unconfirmed where contact = ?", email)).isEqualTo(5);
	}

	private List<String> subjects(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m, address)).map(m -> {
			try {
				return m.getSubject();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static boolean to(MimeMessage m, String address) {
		try {
			return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
		}
		catch (Exception e) {
			return false;
		}
	}
}
