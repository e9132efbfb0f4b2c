package vn.tinhso.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.mock.web.MockMultipartFile;

import vn.tinhso.support.IntegrationTest;

/**
 * An event whose listener failed while the application kept running (the database restarted under it)
 * is delivered again without waiting for the next restart: a notification is given up after many tries,
 * a document's arrival never.
 */
class FailedEventRetriesTest extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

	@Test
	void aReceiptThatFailedIsSentAgainOnceTheCauseIsGone() throws Exception {
		String department = fixtures.department();
		String procedure = fixtures.procedure(department);
		String citizen = fixtures.citizen();
		String address = citizen + "@example.vn";
		// The notification log refuses this applicant's rows, as a database that went away would.
		jdbc.sql("""
				create or replace function test_refuse_notification() returns trigger language plpgsql as $$
				begin
				    raise exception 'the database is away';
				end $$""").update();
		jdbc.sql("create trigger test_refuse_notification before insert or update on notification_log for each row "
				+ "when (new.recipient = '" + address + "') execute function test_refuse_notification()").update();
		String code;
		try {
			String body = mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure)
					.param("agencyCode", department).param("declared", "true")
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.file(new MockMultipartFile("component-TP1", "to-khai.pdf", "application/pdf", PDF)).with(as(citizen)))
					.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			code = JsonPath.read(body, "$.code");
			String failed = Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
					"select string_agg(status, ',') from event_publication where serialized_event like ?")
					.param("%" + code + "%").query(String.class).optional().orElse(""), s -> s != null && s.contains("FAILED"));
			assertThat(failed).contains("FAILED");
		}
		finally {
			jdbc.sql("drop trigger test_refuse_notification on notification_log").update();
		}

		// Without a restart: the publication completes and the notification is recorded as sent.
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from event_publication where serialized_event like ?").param("%" + code + "%")
				.query(Integer.class).single() == 0);
		assertThat(jdbc.sql("select status from notification_log where reference = ? and channel = 'EMAIL'").param(code)
				.query(String.class).list()).containsExactly("SENT");
		assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().equals("[TinhSo] Đã nhận hồ sơ trực tuyến " + code);
			}
			catch (Exception e) {
				return false;
			}
		})).isNotEmpty();
	}

	@Test
	void thePauseDoublesWithEachAttemptUpToTheMaximum() {
		FailedEventRetries retries = new FailedEventRetries(null, null, Clock.systemUTC(), Duration.ofSeconds(30),
				Duration.ofHours(1), 10, List.of("vn.tinhso.notification."));
		assertThat(retries.pause(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retries.pause(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retries.pause(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(retries.pause(4)).isEqualTo(Duration.ofSeconds(240));
		assertThat(retries.pause(8)).isEqualTo(Duration.ofHours(1));
		assertThat(retries.pause(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));

		Instant published = Instant.parse("2026-12-03T01:00:00Z");
		TargetEventPublication p = TargetEventPublication.of("event", PublicationTargetIdentifier.of("x"), published);
		assertThat(retries.due(p, published.plusSeconds(29))).isFalse();
		assertThat(retries.due(p, published.plusSeconds(30))).isTrue();
	}

	@Test
	void aNotificationThatKeepsFailingIsGivenUpSoThatNewerOnesGetTheirTurnADocumentsArrivalNever() {
		Instant now = Instant.parse("2026-12-03T01:00:00Z");
		TargetEventPublication hopeless = failed("vn.tinhso.notification.DossierNotifications.on(x)", 10, now.minus(Duration.ofDays(1)));
		TargetEventPublication newer = failed("vn.tinhso.notification.DossierNotifications.on(x)", 2, now.minus(Duration.ofHours(1)));
		TargetEventPublication arrival = failed("vn.tinhso.document.core.PackageArrivals.on(x)", 30, now.minus(Duration.ofDays(2)));
		TargetEventPublication arrivalPausing = failed("vn.tinhso.document.core.PackageArrivals.on(x)", 30, now.minus(Duration.ofMinutes(5)));
		TargetEventPublication library = failed("org.example.Listener.on(x)", 1, now.minus(Duration.ofDays(1)));
		List<EventPublication> resubmitted = new ArrayList<>();
		IncompleteEventPublications oldestFirst = new IncompleteEventPublications() {
			@Override
			public void resubmitIncompletePublications(ResubmissionOptions options) {
				Stream.of(arrival, arrivalPausing, library, hopeless, newer).filter(options.getFilter()).forEach(resubmitted::add);
			}

			@Override
			public void resubmitIncompletePublications(java.util.function.Predicate<EventPublication> filter) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void resubmitIncompletePublicationsOlderThan(Duration duration) {
				throw new UnsupportedOperationException();
			}
		};
		EventPublicationRepository registry = Mockito.mock(EventPublicationRepository.class);
		FailedEventRetries retries = new FailedEventRetries(oldestFirst, registry, Clock.fixed(now, ZoneOffset.UTC),
				Duration.ofSeconds(30), Duration.ofHours(1), 10, List.of("vn.tinhso.notification."));

		retries.resubmitFailed();

		assertThat(resubmitted).as("the arrival after its longest pause; the one still pausing waits").containsExactly(arrival, newer);
		Mockito.verify(registry).markCompleted(hopeless.getIdentifier(), now);
		Mockito.verifyNoMoreInteractions(registry);
	}

	private static TargetEventPublication failed(String listener, int attempts, Instant lastAttempt) {
		TargetEventPublication p = Mockito.mock(TargetEventPublication.class);
		UUID id = UUID.randomUUID();
		Mockito.when(p.getIdentifier()).thenReturn(id);
		Mockito.when(p.getTargetIdentifier()).thenReturn(PublicationTargetIdentifier.of(listener));
		Mockito.when(p.getCompletionAttempts()).thenReturn(attempts);
		Mockito.when(p.getPublicationDate()).thenReturn(lastAttempt.minus(Duration.ofDays(1)));
		Mockito.when(p.getLastResubmissionDate()).thenReturn(lastAttempt);
		return p;
	}

	@Test
	void theApplicationsListenersAreResubmittedAndOnlyNotificationsGivenUp() {
		FailedEventRetries retries = new FailedEventRetries(null, null, Clock.systemUTC(), Duration.ofSeconds(30),
				Duration.ofHours(1), 10, List.of("vn.tinhso.notification."));
		TargetEventPublication notification = TargetEventPublication.of("event", PublicationTargetIdentifier.of(
				"vn.tinhso.notification.DossierNotifications.on(vn.tinhso.dossier.DossierChanged)"));
		TargetEventPublication delivery = TargetEventPublication.of("event", PublicationTargetIdentifier.of(
				"vn.tinhso.exchange.delivery.Deliverer.on(vn.tinhso.exchange.delivery.DeliveryRequested)"));
		assertThat(FailedEventRetries.ofTheApplication(notification)).isTrue();
		assertThat(FailedEventRetries.ofTheApplication(delivery)).isTrue();
		assertThat(FailedEventRetries.ofTheApplication(TargetEventPublication.of("event",
				PublicationTargetIdentifier.of("org.example.Listener.on(x)")))).isFalse();
		assertThat(retries.mayBeGivenUp(notification)).isTrue();
		assertThat(retries.mayBeGivenUp(delivery)).isFalse();
	}
}
