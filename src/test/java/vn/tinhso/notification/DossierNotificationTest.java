package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import com.jayway.jsonpath.JsonPath;

import vn.tinhso.directory.Role;
import vn.tinhso.dossier.DossierChanged;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.support.IntegrationTest;

/** Applicants hear about their dossier by e-mail through a real SMTP server, and by short message. */
class DossierNotificationTest extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

	private List<MimeMessage> mailTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	@Test
	void theApplicantIsToldOfReceptionAndSupplementButNotOfInternalHandOvers() throws Exception {
		String department = fixtures.department();
		String procedure = fixtures.procedure(department);
		String citizen = fixtures.citizen();
		String address = citizen + "@example.vn";
		jdbc.sql("update account set phone = '0912345678' where username = ?").param(citizen).update();
		String oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		String specialist = fixtures.official(department, Role.SPECIALIST);
		String body = mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("declared", "true").header("Idempotency-Key", UUID.randomUUID().toString())
				.file(new MockMultipartFile("component-TP1", "to-khai.pdf", "application/pdf", PDF)).with(as(citizen)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/RECEIVE").with(as(oneStop))).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/HAND_OVER").with(as(oneStop))).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/REQUEST_SUPPLEMENT").param("note", "Thiếu giấy xác nhận cư trú")
				.with(as(specialist))).andExpect(status().isOk());

		// Every publication was handled (and, with completion mode "delete", removed), hand-overs included,
		// so a message for the hand-over would be in the mailbox by now.
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from event_publication where serialized_event like ?").param("%" + code + "%")
				.query(Integer.class).single() == 0);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(address).size() >= 3);
		List<String> subjects = mailTo(address).stream().map(m -> {
			try {
				return m.getSubject();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
		assertThat(subjects).containsExactlyInAnyOrder("[TinhSo] Đã nhận hồ sơ trực tuyến " + code,
				"[TinhSo] Hồ sơ " + code + " đã được tiếp nhận", "[TinhSo] Hồ sơ " + code + " cần bổ sung");
		String supplement = mailTo(address).stream().map(DossierNotificationTest::text)
				.filter(t -> t.contains("cần bổ sung như sau")).findFirst().orElseThrow();
		assertThat(supplement).contains("Thiếu giấy xác nhận cư trú", "/lookup/" + code);
		assertThat(jdbc.sql("select count(*) from notification_log where reference = ? and channel = 'EMAIL' and status = 'SENT'")
				.param(code).query(Integer.class).single()).isEqualTo(3);
		// Short messages go to the phone too, without diacritics (the appointment's date included).
		List<String> sms = jdbc.sql("select body from notification_log where reference = ? and channel = 'SMS_LOG' order by id")
				.param(code).query(String.class).list();
		assertThat(sms).hasSize(3).allMatch(t -> t.chars().allMatch(c -> c < 128));
		assertThat(sms.get(1)).matches(".*hen tra \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\..*");
	}

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void onlyTheStepsTheApplicantHearsAboutAreKeptAsEventPublications() {
		Map<String, Integer> expected = Map.of("SUBMIT", 1, "RECEIVE", 1, "HAND_OVER", 0, "REQUEST_SUPPLEMENT", 1,
				"RETURN_RESULT", 1);
		expected.forEach((action, publications) -> {
			String key = UUID.randomUUID().toString();
			// Publications are stored when the event is published, in its transaction; rolled back, nothing is sent.
			Integer stored = new TransactionTemplate(transactions).execute(tx -> {
				tx.setRollbackOnly();
				events.publishEvent(new DossierChanged(1, "X-" + key, action, DossierStatus.PROCESSING, "X", "Thủ tục",
						null, "Người nộp", "nguoi-nop@example.vn", "0912345678", null, "", key));
				return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
						.param("%" + key + "%").query(Integer.class).single();
			});
			assertThat(stored).as(action).isEqualTo(publications);
		});
		// An applicant who gave neither an e-mail address nor a phone number has nothing to be sent.
		String key = UUID.randomUUID().toString();
		Integer stored = new TransactionTemplate(transactions).execute(tx -> {
			tx.setRollbackOnly();
			events.publishEvent(new DossierChanged(1, "X-" + key, "RECEIVE", DossierStatus.RECEIVED, "X", "Thủ tục",
					null, "Người nộp", "", null, null, "", key));
			return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
					.param("%" + key + "%").query(Integer.class).single();
		});
		assertThat(stored).isZero();
	}

	private static String text(MimeMessage m) {
		try {
			return (String) m.getContent();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
