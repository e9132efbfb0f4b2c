package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The chat-platform webhook: signed messages only, no replays, a category tag and a location make a
 * report, a message without location waits for it, remote image URLs are not fetched by default.
 */
class FeedbackZaloChannelTest extends FeedbackTestSupport {

	private static final String URL = "/api/v1/feedback/channels/zalo/webhook";
	private static final String SECRET = "test-zalo-secret";

	private Commune commune;
	private String category;
	private String sender;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		sender = "zalo-user-" + UUID.randomUUID();
	}

	private String message(String text, boolean withLocation, String images, long timestamp) {
		return """
				{"message_id": "%s", "timestamp": %d, "sender": {"id": "%s"}, "text": "%s"%s, "images": [%s]}"""
				.formatted(UUID.randomUUID(), timestamp, sender, text,
						withLocation ? ", \"location\": {\"lat\": %s, \"lon\": %s}".formatted(commune.lat(), commune.lon()) : "",
						images);
	}

	private String message(String text, boolean withLocation) {
		return message(text, withLocation, "", System.currentTimeMillis());
	}

	private static String sign(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	private ResultActions send(String body, String signature) throws Exception {
		var request = post(URL).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
		if (signature != null) {
			request.header("X-Signature", signature);
		}
		return mvc.perform(request);
	}

	private ResultActions send(String body) throws Exception {
		return send(body, sign(body));
	}

	private int reports() {
		return count("select count(*) from feedback_report where category_code = ?", category);
	}

	@Test
	void aTaggedMessageWithALocationAndAPhotoBecomesAReportOnce() throws Exception {
		String png = Base64.getEncoder().encodeToString(TestImages.png(200, 150));
		String body = message("#" + category + " Ổ gà lớn trước chợ, xe máy dễ ngã", true,
				"{\"base64\": \"" + png + "\"}, {\"url\": \"https://images.example.vn/a.jpg\"}", System.currentTimeMillis());
		String reply = send(body).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CREATED"))
				.andExpect(jsonPath("$.ignoredImages").value(1))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(reply, "$.reportCode");
		assertThat((String) JsonPath.read(reply, "$.reply")).contains(code);
		assertThat(jdbc.sql("select channel || '/' || status || '/' || anonymous || '/' || commune_code from feedback_report "
				+ "where code = ?").param(code).query(String.class).single())
				.isEqualTo("ZALO/SUBMITTED/true/" + commune.code());
		assertThat(count("select count(*) from feedback_photo p join feedback_report r on r.id = p.report_id where r.code = ?",
				code)).isOne();
		// The same delivery again (a retry by the platform) changes nothing.
		send(body).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));
		assertThat(reports()).isOne();
	}

	@Test
	void withoutALocationTheMessageWaitsAndTheNextOneWithTheLocationCompletesIt() throws Exception {
		send(message("#" + category + " Đèn đường hỏng cả dãy phố", false)).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("NEED_LOCATION"));
		assertThat(reports()).isZero();
		assertThat(count("select count(*) from feedback_chat_pending where sender_id = ?", sender)).isOne();
		String reply = send(message("", true)).andExpect(jsonPath("$.status").value("CREATED"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(reply, "$.reportCode");
		assertThat(jdbc.sql("select description from feedback_report where code = ?").param(code).query(String.class).single())
				.contains("Đèn đường hỏng cả dãy phố");
		assertThat(count("select count(*) from feedback_chat_pending where sender_id = ?", sender)).isZero();
	}

	@Test
	void aMessageWithoutACategoryIsAnsweredWithTheTags() throws Exception {
		send(message("Xin chào ban quản lý", true)).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("NEED_CATEGORY"))
				.andExpect(jsonPath("$.reply").value(org.hamcrest.Matchers.containsString("#" + category)));
		assertThat(reports()).isZero();
	}

	@Test
	void unsignedForgedOrOldMessagesAreRefusedAndNothingIsStored() throws Exception {
		String body = message("#" + category + " Rác đổ trộm bên bờ kênh", true);
		int seen = count("select count(*) from feedback_chat_message");
		send(body, null).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("feedback.channel.signature"));
		send(body, "sha256=" + "00".repeat(32)).andExpect(status().isUnauthorized());
		send(body, "not-hex").andExpect(status().isUnauthorized());
		send(body, sign(body.replace("Rác", "Rac"))).andExpect(status().isUnauthorized());
		String old = message("#" + category + " Rác đổ trộm bên bờ kênh", true, "", System.currentTimeMillis() - 6 * 60_000);
		send(old).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("feedback.channel.stale"));
		send("{not json", sign("{not json")).andExpect(status().isBadRequest());
		String noSender = "{\"message_id\": \"x\", \"timestamp\": " + System.currentTimeMillis() + "}";
		send(noSender).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("feedback.channel.payload"));
		// A place outside the province: refused, and the message may be sent again once corrected.
		String outside = body.replace(String.valueOf(commune.lat()), String.valueOf(OUTSIDE_LAT))
				.replace(String.valueOf(commune.lon()), String.valueOf(OUTSIDE_LON));
		send(outside).andExpect(status().isUnprocessableContent());
		assertThat(count("select count(*) from feedback_chat_message")).isEqualTo(seen);
		assertThat(reports()).isZero();
	}
}
