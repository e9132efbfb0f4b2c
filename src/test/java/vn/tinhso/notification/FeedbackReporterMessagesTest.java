package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.feedback.FeedbackTestSupport;
import vn.tinhso.support.RecordingShortMessages;

/**
 * Reporters hear about the public steps of their report on the channel they used: a hotline caller and a
 * guest who confirmed by phone by short message (no diacritics, the code and the public page), a Zalo
 * reporter by a short Zalo message; internal steps are not sent, and a web citizen is not texted.
 */
class FeedbackReporterMessagesTest extends FeedbackTestSupport {

	private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);

	@Autowired
	private RecordingShortMessages.Sms sms;

	@Autowired
	private RecordingShortMessages.Zalo zalo;

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
		return "098" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000L);
	}

	private String page(String code) {
		return publicUrl.replaceAll("/+$", "") + "/feedback/" + code;
	}

	/** The page where a reporter without an account answers a question, by the report's token. */
	private String answerPage(String code) {
		return publicUrl.replaceAll("/+$", "") + "/feedback/info/"
				+ jdbc.sql("select token::text from feedback_report where code = ?").param(code).query(String.class).single();
	}

	/** Waits until the number has received at least {@code n} texts, and returns them in order. */
	private List<String> texts(String phone, int n) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sms.to(phone).size() >= n);
		return sms.to(phone);
	}

	/** Every publication of the report handled: no message still on its way. */
	private void settled(String code) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(
				"select count(*) from event_publication where serialized_event like ?", "%" + code + "%") == 0);
	}

	private String hotline(String phone) throws Exception {
		String body = mvc.perform(report(category, "Nắp cống mất, rất nguy hiểm cho người đi bộ", commune.lat(), commune.lon())
				.param("reporterName", "Người gọi").param("reporterPhone", phone).with(as(operator)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.channel").value("HOTLINE"))
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	@Test
	void aHotlineCallerIsTextedAtEachPublicStepWithTheCodeAndThePage() throws Exception {
		String phone = phone();
		String code = hotline(phone);
		act(operator, code, "VERIFY").andExpect(status().isOk());
		act(operator, code, "ASSIGN", "agencyCode", commune.code()).andExpect(status().isOk());
		String handler = fixtures.official(commune.code(), Role.SPECIALIST);
		act(leader, code, "ASSIGN_HANDLER", "handler", handler).andExpect(status().isOk());
		act(handler, code, "RESOLVE", "answer", "Đã lắp nắp cống mới bằng gang, chắc chắn.").andExpect(status().isOk());
		settled(code);
		// Each step's message goes out on its own thread after the step commits: the order may vary.
		assertThat(texts(phone, 4)).containsExactlyInAnyOrder(
				"TinhSo: Da tiep nhan phan anh " + code + ". Theo doi: " + page(code),
				"TinhSo: Phan anh " + code + " da duoc xac minh. Theo doi: " + page(code),
				"TinhSo: Phan anh " + code + " da duoc chuyen co quan xu ly. Theo doi: " + page(code),
				"TinhSo: Phan anh " + code + " da duoc xu ly. Xem tra loi: " + page(code));
		assertThat(count("select count(*) from notification_log where recipient = ? and channel = 'SMS_LOG' and status = 'SENT' "
				+ "and reference = ?", phone, code)).isEqualTo(4);

		// A refusal and a question are texted too, without quoting the note.
		String refused = hotline(phone);
		act(operator, refused, "REJECT", "reason", "OUT_OF_SCOPE", "note", "Thuộc phạm vi của tỉnh bạn").andExpect(status().isOk());
		String asked = hotline(phone);
		act(operator, asked, "ASSIGN", "agencyCode", commune.code()).andExpect(status().isOk());
		act(leader, asked, "REQUEST_INFO", "note", "Nắp cống ở số nhà nào?").andExpect(status().isOk());
		settled(asked);
		settled(refused);
		// Nine in all: the naming of the handler, an internal step, was not texted.
		assertThat(texts(phone, 9)).hasSize(9).contains(
				"TinhSo: Phan anh " + refused + " khong duoc tiep nhan. Xem ly do: " + page(refused),
				"TinhSo: Phan anh " + asked + " can bo sung thong tin. Xem va tra loi: " + answerPage(asked))
				.allMatch(t -> t.chars().allMatch(c -> c < 128), "written without diacritics");
	}

	@Test
	void aGuestWhoConfirmedByPhoneIsTextedButAWebCitizenIsNot() throws Exception {
		String phone = phone();
		String body = mvc.perform(multipart("/api/v1/feedback/guest/reports").param("category", category)
				.param("description", "Đèn tín hiệu giao thông hỏng ở ngã tư").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon())).param("phone", phone).with(r -> {
					r.setRemoteAddr("10.10.0." + (PHONES.get() % 200 + 1));
					return r;
				})).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String confirmation = texts(phone, 1).get(0);
		java.util.regex.Matcher digits = java.util.regex.Pattern.compile("([0-9]{6})").matcher(confirmation);
		assertThat(digits.find()).isTrue();
		String code = JsonPath.read(mvc.perform(post("/api/v1/feedback/guest/reports/" + id + "/confirm").param("code", digits.group(1)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");
		act(operator, code, "VERIFY").andExpect(status().isOk());
		settled(code);
		assertThat(texts(phone, 3)).containsExactlyInAnyOrder(confirmation,
				"TinhSo: Da tiep nhan phan anh " + code + ". Theo doi: " + page(code),
				"TinhSo: Phan anh " + code + " da duoc xac minh. Theo doi: " + page(code));

		// A citizen reporting on the web is told by e-mail, not by text, even with a phone in the account.
		String citizen = fixtures.citizen();
		String own = phone();
		jdbc.sql("update account set phone = ? where username = ?").params(own, citizen).update();
		String web = reported(citizen, category, commune);
		act(operator, web, "VERIFY").andExpect(status().isOk());
		settled(web);
		assertThat(sms.to(own)).isEmpty();
		// Their e-mails link to the report's public page, not to the API.
		String mailed = jdbc.sql("select body from notification_log where reference = ? and subject like '%đã được xác minh%'")
				.param(web).query(String.class).single();
		assertThat(mailed).contains(page(web)).doesNotContain("/api/");
	}

	@Test
	void aZaloReporterGetsTheReplyAndThenAShortZaloMessageAtEachPublicStep() throws Exception {
		String sender = "zalo-user-" + UUID.randomUUID();
		String message = """
				{"message_id": "%s", "timestamp": %d, "sender": {"id": "%s"}, "text": "#%s Ổ gà lớn trước cổng trường",
				 "location": {"lat": %s, "lon": %s}, "images": []}"""
				.formatted(UUID.randomUUID(), System.currentTimeMillis(), sender, category, commune.lat(), commune.lon());
		String reply = mvc.perform(post("/api/v1/feedback/channels/zalo/webhook").contentType(MediaType.APPLICATION_JSON)
				.content(message.getBytes(StandardCharsets.UTF_8)).header("X-Signature", sign(message)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CREATED"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(reply, "$.reportCode");
		assertThat((String) JsonPath.read(reply, "$.reply"))
				.isEqualTo("Đã tiếp nhận phản ánh " + code + ". Cảm ơn bạn!\nTheo dõi: " + page(code));

		act(operator, code, "ASSIGN", "agencyCode", commune.code()).andExpect(status().isOk());
		String question = "Xin cho biết ổ gà nằm bên trái hay bên phải cổng trường, và kích thước khoảng bao nhiêu. ".repeat(4);
		act(leader, code, "REQUEST_INFO", "note", question).andExpect(status().isOk());
		settled(code);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> zalo.to(sender).size() >= 2);
		List<String> sent = zalo.to(sender);
		assertThat(sent).hasSize(2).contains("Phản ánh " + code + " đã được chuyển cơ quan có trách nhiệm xử lý.\nTheo dõi: "
				+ page(code));
		String asked = sent.stream().filter(t -> t.contains("bổ sung")).findFirst().orElseThrow();
		assertThat(asked).startsWith("Phản ánh " + code + " cần bổ sung thông tin: Xin cho biết ổ gà nằm bên trái")
				.contains("…\nTrả lời tại: " + answerPage(code)).hasSizeLessThan(question.length());
		assertThat(count("select count(*) from notification_log where recipient = ? and channel = 'ZALO_LOG'", sender)).isEqualTo(2);
		assertThat(count("select count(*) from notification_log where reference = ? and channel = 'SMS_LOG'", code)).isZero();
	}

	private static String sign(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("test-zalo-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}
}
