package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;

/**
 * A report from a citizen's phone to the public answer: photo with EXIF/GPS published without it,
 * routing to the commune of the pin, handler, answer, rating once, reopening within the window only.
 */
class FeedbackLifecycleTest extends FeedbackTestSupport {

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
	void aCitizenReportsWithAPhotoAndTheCommuneAnswersInPublic() throws Exception {
		byte[] jpeg = TestImages.jpegWithExif(2400, 1800, 1);
		assertThat(TestImages.hasApp1(jpeg)).isTrue();
		String key = UUID.randomUUID().toString();
		String body = mvc.perform(report(category, "Ổ gà sâu trước cổng trường, nước đọng", commune.lat(), commune.lon())
				.file(photo("IMG_0001.jpg", jpeg)).param("address", "Trước cổng trường tiểu học")
				.header("Idempotency-Key", key).with(as(citizen)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.commune.code").value(commune.code()))
				.andExpect(jsonPath("$.channel").value("WEB"))
				.andExpect(jsonPath("$.reporter.name").value("Công dân thử nghiệm"))
				.andExpect(jsonPath("$.refuseDueAt").isNotEmpty())
				.andExpect(jsonPath("$.photos[0].width").value(1600))
				.andExpect(jsonPath("$.photos[0].height").value(1200))
				.andExpect(jsonPath("$.photos[0].originalUrl").doesNotExist())
				.andExpect(jsonPath("$.history[0].action").value("SUBMIT"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		assertThat(code).matches("PA-\\d{6}-\\d{6}");
		assertThat((String) JsonPath.read(body, "$.token")).hasSize(36);

		// The same request again returns the first report; nothing new is stored.
		mvc.perform(report(category, "Ổ gà sâu trước cổng trường, nước đọng", commune.lat(), commune.lon())
				.file(photo("IMG_0001.jpg", jpeg)).header("Idempotency-Key", key).with(as(citizen)))
				.andExpect(jsonPath("$.code").value(code));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isEqualTo(1);
		assertThat(count("select count(*) from feedback_photo p join feedback_report r on r.id = p.report_id where r.code = ?",
				code)).isEqualTo(1);

		// The published copy: a fresh JPEG, at most 1600 px, without the EXIF block and its GPS position.
		String photoUrl = JsonPath.read(body, "$.photos[0].url");
		byte[] published = mvc.perform(get(photoUrl)).andExpect(status().isOk())
				.andExpect(content().contentType("image/jpeg")).andReturn().getResponse().getContentAsByteArray();
		assertThat(TestImages.hasApp1(published)).isFalse();
		assertThat(TestImages.contains(published, "Exif")).isFalse();
		assertThat(TestImages.contains(published, TestImages.EXIF_MARK)).isFalse();
		BufferedImage shown = TestImages.read(published);
		assertThat(Math.max(shown.getWidth(), shown.getHeight())).isEqualTo(1600);
		// The original, metadata and all, is for officials only.
		mvc.perform(get(photoUrl + "/original").with(as(citizen))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("feedback.photo.original-officials-only"));
		mvc.perform(get(photoUrl + "/original")).andExpect(status().isUnauthorized());
		mvc.perform(get(photoUrl + "/original").with(as(operator))).andExpect(status().isOk())
				.andExpect(content().bytes(jpeg));

		// The IOC assigns it: the agency is the commune the pin is in.
		act(operator, code, "ASSIGN").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ASSIGNED"))
				.andExpect(jsonPath("$.agency.code").value(commune.code()))
				.andExpect(jsonPath("$.resolveDueAt").isNotEmpty())
				.andExpect(jsonPath("$.publishDueAt").isNotEmpty())
				.andExpect(jsonPath("$.overdue").value(false));
		act(leader, code, "ASSIGN_HANDLER", "handler", "nobody-here").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.handler.invalid"));
		act(leader, code, "ASSIGN_HANDLER", "handler", handler).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.handlerName").value("Cán bộ " + handler));
		act(handler, code, "RESOLVE", "answer", "ngắn").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("answer"));
		String answer = "Đã vá ổ gà bằng bê tông nhựa ngày hôm nay.";
		act(handler, code, "RESOLVE", photo("xong.png", TestImages.png(800, 600)), "answer", answer)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RESOLVED"))
				.andExpect(jsonPath("$.answer").value(answer))
				.andExpect(jsonPath("$.answerLate").value(false))
				.andExpect(jsonPath("$.photos[1].purpose").value("ANSWER"));

		// Everyone sees the answer and the public steps, nobody's contact details.
		String shown2 = mvc.perform(get("/api/v1/feedback/public/reports/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RESOLVED"))
				.andExpect(jsonPath("$.answer").value(answer))
				.andExpect(jsonPath("$.reporterName").value("Công dân thử nghiệm"))
				.andExpect(jsonPath("$.history[*].action", Matchers.contains("SUBMIT", "ASSIGN", "ASSIGN_HANDLER", "RESOLVE")))
				.andExpect(jsonPath("$.history[3].note").value(answer))
				.andReturn().getResponse().getContentAsString();
		assertThat(shown2).doesNotContain(citizen, citizen + "@example.vn", handler, "originalUrl", "token");

		// The reporter rates once.
		act(citizen, code, "RATE", "rating", "6").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.rating.range"));
		act(citizen, code, "RATE", "rating", "4", "note", "Xử lý nhanh").andExpect(status().isOk())
				.andExpect(jsonPath("$.rating").value(4))
				.andExpect(jsonPath("$.actions", Matchers.not(Matchers.hasItem("RATE"))));
		act(citizen, code, "RATE", "rating", "5").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.rating.already-given"));
		assertThat(count("select rating from feedback_report where code = ?", code)).isEqualTo(4);

		// Reopened within the window, it goes back to the same handler with a new deadline.
		act(citizen, code, "REOPEN").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("value.required"));
		act(citizen, code, "REOPEN", "note", "Ổ gà lại xuất hiện sau trận mưa").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.reopenCount").value(1))
				.andExpect(jsonPath("$.answer").doesNotExist());
		act(handler, code, "RESOLVE", "answer", "Đã thảm lại toàn bộ đoạn đường.").andExpect(status().isOk());

		// After the window (7 days) the report stays closed.
		jdbc.sql("update feedback_report set resolved_at = ? where code = ?")
				.params(OffsetDateTime.now().minusDays(8), code).update();
		act(citizen, code, "REOPEN", "note", "Vẫn còn hỏng").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.reopen.window-closed"));
		assertThat(jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single())
				.isEqualTo("RESOLVED");

		// History is append-only, also for the database's own users.
		assertThatThrownBy(() -> jdbc.sql("update feedback_event set note = 'x' where report_id = "
				+ "(select id from feedback_report where code = ?)").param(code).update())
				.hasMessageContaining("append-only");
		assertThat(count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ?", code)).isEqualTo(7);

		// The reporter heard of the public steps by e-mail, not of the handler's assignment.
		String address = citizen + "@example.vn";
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> subjects(address).size() >= 5);
		assertThat(subjects(address)).containsExactlyInAnyOrder("[TinhSo] Đã nhận phản ánh " + code,
				"[TinhSo] Phản ánh " + code + " đã được chuyển xử lý", "[TinhSo] Phản ánh " + code + " đã có trả lời",
				"[TinhSo] Phản ánh " + code + " đã được mở lại", "[TinhSo] Phản ánh " + code + " đã có trả lời");
	}

	@Test
	void theIocRejectsSpamAndMergesADuplicateWhoseReporterThenFollowsTheOriginal() throws Exception {
		String original = reported(citizen, category, commune);
		String other = fixtures.citizen();
		String duplicate = reported(other, category, commune);
		String neighbour = fixtures.citizen();
		mvc.perform(post("/api/v1/feedback/reports/" + original + "/follow").with(as(neighbour))).andExpect(status().isOk())
				.andExpect(jsonPath("$.followers").value(1));
		mvc.perform(post("/api/v1/feedback/reports/" + original + "/follow").with(as(leader))).andExpect(status().isForbidden());

		act(operator, duplicate, "REJECT").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.reject.reason"));
		act(operator, duplicate, "REJECT", "reason", "DUPLICATE").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.merge.target-required"));
		act(operator, duplicate, "REJECT", "reason", "DUPLICATE", "mergeInto", duplicate).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.merge.target-invalid"));
		assertThat(statusOf(duplicate)).isEqualTo("SUBMITTED");
		act(operator, duplicate, "REJECT", "reason", "DUPLICATE", "mergeInto", original, "note", "Đã có phản ánh cùng nội dung")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("REJECTED"))
				.andExpect(jsonPath("$.rejectReason").value("DUPLICATE"))
				.andExpect(jsonPath("$.mergedInto").value(original));
		mvc.perform(get("/api/v1/feedback/reports/" + original).with(as(operator)))
				.andExpect(jsonPath("$.followers").value(2));
		mvc.perform(get("/api/v1/feedback/public/reports/" + duplicate))
				.andExpect(jsonPath("$.mergedInto").value(original))
				.andExpect(jsonPath("$.history[1].note").value("Đã có phản ánh cùng nội dung"));

		String spam = reported(other, category, commune);
		act(operator, spam, "REJECT", "reason", "SPAM").andExpect(status().isOk());
		int entries = count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id where r.code = ?", spam);
		act(operator, spam, "ASSIGN").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.action.wrong-status"));
		act(citizen, original, "REOPEN", "note", "chưa xử lý").andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("feedback.action.wrong-status"));
		act(citizen, original, "ASSIGN").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("feedback.action.forbidden"));
		act(other, original, "RATE", "rating", "1").andExpect(status().isNotFound());
		assertThat(statusOf(spam)).isEqualTo("REJECTED");
		assertThat(count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id where r.code = ?",
				spam)).isEqualTo(entries);
	}

	@Test
	void theAgencyReturnsAReportAndTheIocReassignsItElsewhere() throws Exception {
		String code = reported(citizen, category, commune);
		Commune elsewhere = commune();
		String otherLeader = fixtures.official(elsewhere.code(), Role.LEADER);
		act(operator, code, "VERIFY").andExpect(jsonPath("$.status").value("VERIFIED"));
		String due = JsonPath.read(act(operator, code, "ASSIGN").andReturn().getResponse().getContentAsString(),
				"$.resolveDueAt");
		act(leader, code, "RETURN").andExpect(status().isBadRequest());
		act(leader, code, "RETURN", "note", "Đoạn đường thuộc xã bên cạnh").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("RETURNED"));
		// The commune no longer has it once the IOC has sent it to the other commune.
		act(operator, code, "REASSIGN", "agencyCode", "000.00.00.X00").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.agency.unknown"));
		act(operator, code, "REASSIGN", "agencyCode", elsewhere.code()).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ASSIGNED"))
				.andExpect(jsonPath("$.agency.code").value(elsewhere.code()))
				.andExpect(jsonPath("$.resolveDueAt").value(due));
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(leader))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(otherLeader))).andExpect(status().isOk())
				.andExpect(jsonPath("$.actions", Matchers.hasItems("ASSIGN_HANDLER", "RESOLVE", "RETURN")));
		// Overdue once its resolution deadline has passed.
		jdbc.sql("update feedback_report set resolve_due_at = ? where code = ?")
				.params(OffsetDateTime.now().minusHours(1), code).update();
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(otherLeader))).andExpect(jsonPath("$.overdue").value(true));
		String inbox = mvc.perform(get("/api/v1/feedback/reports/inbox").param("overdue", "true").with(as(otherLeader)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> overdue = JsonPath.read(inbox, "$.items[*].code");
		assertThat(overdue).containsExactly(code);
	}

	private String statusOf(String code) {
		return jdbc.sql("select status from feedback_report where code = ?").param(code).query(String.class).single();
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
