package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.tinhso.directory.Role;
import vn.tinhso.support.RecordingShortMessages;

/**
 * A question to a reporter without an account can be answered: by the reporter on the page linked from the
 * message asking them, or by an official writing down what they said on the phone. Both resume the report
 * and stay in its history; a wrong or spent link, or an official of another agency, changes nothing.
 */
class FeedbackInfoAnswerTest extends FeedbackTestSupport {

	private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);
	private static final Pattern ANSWER_LINK = Pattern.compile("/feedback/info/([0-9a-f-]{36})");

	@Autowired
	private RecordingShortMessages.Sms sms;

	@Autowired
	private EventSerializer serializer;

	@Value("${tinhso.public-url}")
	private String publicUrl;

	private Commune commune;
	private String category;
	private String leader;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		leader = fixtures.official(commune.code(), Role.LEADER);
	}

	private static String phone() {
		return "091" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000L);
	}

	private static RequestPostProcessor from(String ip) {
		return r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	private static String address() {
		return "10.77." + (PHONES.get() % 250 + 1) + "." + (System.nanoTime() % 250 + 1);
	}

	private String hotline(String phone) throws Exception {
		String body = mvc.perform(report(category, "Cây đổ chắn ngang đường, xe không qua được", commune.lat(), commune.lon())
				.param("reporterName", "Người gọi").param("reporterPhone", phone).with(as(operator)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	/** A hotline report, assigned and then asked a question by the agency. */
	private String asked(String phone) throws Exception {
		String code = hotline(phone);
		act(operator, code, "ASSIGN", "agencyCode", commune.code()).andExpect(status().isOk());
		act(leader, code, "REQUEST_INFO", "note", "Cây đổ ở phía nào của cầu?").andExpect(status().isOk());
		return code;
	}

	private List<String> texts(String phone, int n) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sms.to(phone).size() >= n);
		return sms.to(phone);
	}

	private String statusOf(String code) {
		return jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single();
	}

	private int entries(String code, String action) {
		return count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? and e.action = ?", code, action);
	}

	@Test
	void aHotlineCallerAnswersOnThePageLinkedFromTheTextAndTheLinkIsThenSpent() throws Exception {
		String phone = phone();
		String code = asked(phone);
		String question = texts(phone, 2).stream().filter(t -> t.contains("bo sung")).findFirst().orElseThrow();
		Matcher link = ANSWER_LINK.matcher(question);
		assertThat(link.find()).as("the text links to the answer page: %s", question).isTrue();
		assertThat(question).startsWith("TinhSo: Phan anh " + code + " can bo sung thong tin. Xem va tra loi: "
				+ publicUrl.replaceAll("/+$", "") + "/feedback/info/");
		String token = link.group(1);
		assertThat(token).isEqualTo(jdbc.sql("select token::text from feedback_report where code = ?").param(code)
				.query(String.class).single());
		String page = "/feedback/info/" + token;
		String ip = address();

		mvc.perform(get(page).with(from(ip))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Cây đổ ở phía nào của cầu?")))
				.andExpect(content().string(Matchers.containsString("for=\"info-note\"")))
				.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
		// Without the form's CSRF token, or without any answer: refused, the report still waits.
		mvc.perform(multipart(page).param("note", "Phía bắc cầu").with(from(ip))).andExpect(status().isForbidden());
		mvc.perform(multipart(page).param("note", "  ").with(csrf()).with(from(ip))).andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"info-note-error\"")));
		mvc.perform(multipart(page).param("note", "x".repeat(2001)).with(csrf()).with(from(ip)))
				.andExpect(status().isBadRequest());
		assertThat(statusOf(code)).isEqualTo("INFO_REQUESTED");
		assertThat(entries(code, "PROVIDE_INFO")).isZero();

		mvc.perform(multipart(page).param("note", "Phía bắc cầu, cạnh trạm xăng.").with(csrf()).with(from(ip)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "?sent=true"));
		assertThat(statusOf(code)).isEqualTo("ASSIGNED");
		assertThat(jdbc.sql("select e.note from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? and e.action = 'PROVIDE_INFO'").param(code).query(String.class).single())
				.isEqualTo("Phía bắc cầu, cạnh trạm xăng.");
		assertThat(count("select count(*) from feedback_report where code = ? and info_requested_at is null", code)).isOne();
		mvc.perform(get(page + "?sent=true").with(from(ip))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"info-sent\"")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"info-form\""))));

		// The link is spent: it says so, and a second answer changes nothing.
		mvc.perform(get(page).with(from(ip))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"info-not-awaiting\"")));
		mvc.perform(multipart(page).param("note", "Thêm lần nữa").with(csrf()).with(from(ip))).andExpect(status().isConflict())
				.andExpect(content().string(Matchers.containsString("hiện không chờ bổ sung thông tin")));
		assertThat(entries(code, "PROVIDE_INFO")).isOne();
		assertThat(statusOf(code)).isEqualTo("ASSIGNED");
	}

	@Test
	void aWrongLinkGivesAClearErrorAndTooManyAreLimited() throws Exception {
		String ip = address();
		mvc.perform(get("/feedback/info/not-a-token").with(from(ip))).andExpect(status().isNotFound())
				.andExpect(content().string(Matchers.containsString("Đường dẫn trả lời không đúng")));
		mvc.perform(multipart("/feedback/info/" + UUID.randomUUID()).param("note", "Phía bắc").with(csrf()).with(from(ip)))
				.andExpect(status().isNotFound());
		// A citizen with an account answers signed in: their report's token opens nothing here.
		String own = reported(fixtures.citizen(), category, commune);
		String ownToken = jdbc.sql("select token::text from feedback_report where code = ?").param(own).query(String.class).single();
		mvc.perform(get("/feedback/info/" + ownToken).with(from(ip))).andExpect(status().isNotFound());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/feedback/info/" + UUID.randomUUID()).with(from(ip)));
		}
		mvc.perform(get("/feedback/info/" + UUID.randomUUID()).with(from(ip))).andExpect(status().isTooManyRequests())
				.andExpect(content().string(Matchers.containsString("quá nhiều đường dẫn không đúng")));
	}

	@Test
	void theAgencyOrTheIocWritesDownAnAnswerGivenByPhoneButAnotherAgencyCannot() throws Exception {
		String code = asked(phone());
		String page = "/staff/feedback/" + code;
		mvc.perform(get(page).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"phone-answer-form\"")))
				.andExpect(content().string(Matchers.containsString("Ghi nhận thông tin bổ sung qua điện thoại")));

		Commune elsewhere = commune();
		String stranger = fixtures.official(elsewhere.code(), Role.LEADER);
		mvc.perform(post(page + "/phone-answer").param("note", "Phía nam cầu").with(as(stranger)))
				.andExpect(status().isNotFound());
		mvc.perform(post(page + "/phone-answer").param("note", " ").with(as(leader))).andExpect(status().is3xxRedirection())
				.andExpect(flash().attributeExists("alert"));
		assertThat(statusOf(code)).isEqualTo("INFO_REQUESTED");
		assertThat(entries(code, "INFO_BY_PHONE")).isZero();

		mvc.perform(post(page + "/phone-answer").param("note", "Người gọi cho biết: phía nam cầu, gần chợ.").with(as(leader)))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "feedback.action.INFO_BY_PHONE"));
		assertThat(statusOf(code)).isEqualTo("ASSIGNED");
		assertThat(count("select count(*) from feedback_report where code = ? and info_requested_at is null", code)).isOne();
		var entry = jdbc.sql("select e.note, e.actor_name, e.from_status, e.to_status from feedback_event e join feedback_report r "
				+ "on r.id = e.report_id where r.code = ? and e.action = 'INFO_BY_PHONE'").param(code).query().singleRow();
		assertThat(entry).containsEntry("note", "Người gọi cho biết: phía nam cầu, gần chợ.")
				.containsEntry("from_status", "INFO_REQUESTED").containsEntry("to_status", "ASSIGNED");
		mvc.perform(get(page).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"phone-answer-form\""))))
				.andExpect(content().string(Matchers.containsString("Người gọi cho biết: phía nam cầu, gần chợ.")));
		// Nothing is waiting any more: a second record is refused and changes nothing.
		mvc.perform(post(page + "/phone-answer").param("note", "Lần nữa").with(as(leader)))
				.andExpect(flash().attributeExists("alert"));
		assertThat(entries(code, "INFO_BY_PHONE")).isOne();

		// The IOC operator may record one too.
		String other = asked(phone());
		mvc.perform(post("/staff/feedback/" + other + "/phone-answer").param("note", "Phía bắc cầu").with(as(operator)))
				.andExpect(flash().attribute("notice", "feedback.action.INFO_BY_PHONE"));
		assertThat(statusOf(other)).isEqualTo("ASSIGNED");
	}

	@Test
	void aMergedDuplicateIsTextedTheOriginalsCodeAndPage() throws Exception {
		String phone = phone();
		String original = hotline(phone());
		String duplicate = hotline(phone);
		act(operator, duplicate, "REJECT", "reason", "DUPLICATE", "mergeInto", original).andExpect(status().isOk());
		String base = publicUrl.replaceAll("/+$", "");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sms.to(phone).stream().anyMatch(t -> t.contains("gop")));
		assertThat(sms.to(phone)).contains("TinhSo: Phan anh " + duplicate + " trung voi phan anh " + original
				+ " nen duoc gop de xu ly chung. Theo doi: " + base + "/feedback/" + original)
				.noneMatch(t -> t.contains("khong duoc tiep nhan"));
	}

	@Test
	void anEventWrittenByTheEarlierVersionIsStillRead() {
		String old = """
				{"reportId": 7, "code": "PA-1", "action": "ASSIGN", "status": "ASSIGNED", "categoryName": "Ổ gà",
				 "reporterName": "An", "recipientEmails": ["an@example.vn"], "note": "",
				 "publicPath": "/api/v1/feedback/public/reports/PA-1", "eventKey": "k-1", "reporterPhone": "",
				 "reporterZaloId": "", "publicPage": "/feedback/PA-1"}""";
		FeedbackChanged e = serializer.deserialize(old, FeedbackChanged.class);
		assertThat(e.code()).isEqualTo("PA-1");
		assertThat(e.publicPage()).isEqualTo("/feedback/PA-1");
		assertThat(e.answerPage()).isEmpty();
		assertThat(e.originalCode()).isEmpty();
		assertThat(e.reporterEmail()).isEmpty();
		assertThat(e.recipientEmails()).containsExactly("an@example.vn");
	}
}
