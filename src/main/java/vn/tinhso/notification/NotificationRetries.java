package vn.tinhso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the notifications whose listener failed while the application kept running: the
 * database restarted under it, or the mail server was away. Spring Modulith redelivers incomplete
 * publications only when the application starts, so without this an applicant whose receipt e-mail
 * failed would hear nothing until the next restart. A failed publication of this module's listeners
 * is resubmitted once its pause is over; the pause doubles with each attempt, from {@code first} up to
 * {@code max}. Resubmission claims a publication first, so two nodes never send it twice; the
 * notification log skips what an earlier attempt already sent. Publications left "processing" because
 * their failure could not even be recorded are turned into failed ones by Modulith's staleness check
 * ({@code spring.modulith.events.staleness.processing}).
 * <p>
 * After {@code max-attempts} failed attempts a notification is given up: logged at WARN and marked
 * completed. Modulith reads the oldest failed publications first, a batch at a time, so ones that can
 * never succeed (an address the mail server always refuses) would otherwise fill every batch and
 * starve the newer ones for good.
 */
@Component
class NotificationRetries {

	private static final Logger log = LoggerFactory.getLogger(NotificationRetries.class);
	private static final String LISTENERS = NotificationRetries.class.getPackageName() + ".";

	private final IncompleteEventPublications publications;
	private final EventPublicationRepository registry;
	private final Clock clock;
	private final Duration first;
	private final Duration max;
	private final int maxAttempts;

	NotificationRetries(IncompleteEventPublications publications, EventPublicationRepository registry, Clock clock,
			@Value("${tinhso.notification.retry.first:30s}") Duration first,
			@Value("${tinhso.notification.retry.max:1h}") Duration max,
			@Value("${tinhso.notification.retry.max-attempts:30}") int maxAttempts) {
		this.publications = publications;
		this.registry = registry;
		this.clock = clock;
		this.first = first;
		this.max = max;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${tinhso.notification.retry.poll-ms:15000}",
			initialDelayString = "${tinhso.notification.retry.poll-ms:15000}")
	void resubmitFailed() {
		Instant now = clock.instant();
		Queue<EventPublication> givenUp = new ConcurrentLinkedQueue<>();
		publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(500).withFilter(p -> {
			if (!isNotification(p)) {
				return false;
			}
			if (p.getCompletionAttempts() >= maxAttempts) {
				givenUp.add(p);
				return false;
			}
			return due(p, now);
		}));
		for (EventPublication p : givenUp) {
			log.warn("Notification {} for {} given up after {} failed attempts since {}; it will not be sent",
					p.getIdentifier(), ((TargetEventPublication) p).getTargetIdentifier().getValue(),
					p.getCompletionAttempts(), p.getPublicationDate());
			registry.markCompleted(p.getIdentifier(), now);
		}
	}

	/** Published for one of this module's listeners. */
	static boolean isNotification(EventPublication p) {
		return p instanceof TargetEventPublication t && t.getTargetIdentifier().getValue().startsWith(LISTENERS);
	}

	/** The pause after the last attempt (or the publication) is over: first, then twice as long each time, at most max. */
	boolean due(EventPublication p, Instant now) {
		Instant last = p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
		return !last.plus(pause(p.getCompletionAttempts())).isAfter(now);
	}

	Duration pause(int attempts) {
		Duration pause = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return pause.compareTo(max) > 0 ? max : pause;
	}
}
