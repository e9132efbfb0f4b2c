package vn.tinhso.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Delivers again the events whose listener failed while the application kept running: the database
 * restarted under it, the mail server was away, a recall arrived before the document it recalls. Spring
 * Modulith redelivers incomplete publications only when the application starts, so without this an
 * applicant whose receipt e-mail failed would hear nothing, and a package's recall would wait, until the
 * next restart. A failed publication of any of the application's listeners is resubmitted once its pause
 * is over; the pause doubles with each attempt, from {@code first} up to {@code max}. Resubmission claims
 * a publication first, so two nodes never deliver it twice; listeners skip what an earlier attempt did
 * (the notification log, the register's arrivals). Publications left "processing" because their failure
 * could not even be recorded are turned into failed ones by Modulith's staleness check
 * ({@code spring.modulith.events.staleness.processing}).
 * <p>
 * Listeners named in {@code give-up} (notifications) are given up after {@code max-attempts} failed
 * attempts: logged at WARN and marked completed. Modulith reads the oldest failed publications first, a
 * batch at a time, so ones that can never succeed (an address the mail server always refuses) would
 * otherwise fill every batch and starve the newer ones for good. Others (a document's arrival) are never
 * dropped: they keep being tried at the longest pause, and their failures stay in the log.
 */
@Component
class FailedEventRetries {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);
	private static final String APPLICATION = "vn.tinhso.";

	private final IncompleteEventPublications publications;
	private final EventPublicationRepository registry;
	private final Clock clock;
	private final Duration first;
	private final Duration max;
	private final int maxAttempts;
	private final List<String> givenUpAfterMax;

	FailedEventRetries(IncompleteEventPublications publications, EventPublicationRepository registry, Clock clock,
			@Value("${tinhso.events.retry.first:30s}") Duration first,
			@Value("${tinhso.events.retry.max:1h}") Duration max,
			@Value("${tinhso.events.retry.max-attempts:30}") int maxAttempts,
			@Value("${tinhso.events.retry.give-up:vn.tinhso.notification.}") List<String> givenUpAfterMax) {
		this.publications = publications;
		this.registry = registry;
		this.clock = clock;
		this.first = first;
		this.max = max;
		this.maxAttempts = maxAttempts;
		this.givenUpAfterMax = List.copyOf(givenUpAfterMax);
	}

	@Scheduled(fixedDelayString = "${tinhso.events.retry.poll-ms:15000}",
			initialDelayString = "${tinhso.events.retry.poll-ms:15000}")
	void resubmitFailed() {
		Instant now = clock.instant();
		Queue<EventPublication> givenUp = new ConcurrentLinkedQueue<>();
		publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(500).withFilter(p -> {
			if (!ofTheApplication(p)) {
				return false;
			}
			if (p.getCompletionAttempts() >= maxAttempts && mayBeGivenUp(p)) {
				givenUp.add(p);
				return false;
			}
			return due(p, now);
		}));
		for (EventPublication p : givenUp) {
			log.warn("Event {} for {} given up after {} failed attempts since {}; it will not be delivered",
					p.getIdentifier(), ((TargetEventPublication) p).getTargetIdentifier().getValue(),
					p.getCompletionAttempts(), p.getPublicationDate());
			registry.markCompleted(p.getIdentifier(), now);
		}
	}

	/** Published for one of the application's listeners (not a library's). */
	static boolean ofTheApplication(EventPublication p) {
		return listenerOf(p).startsWith(APPLICATION);
	}

	boolean mayBeGivenUp(EventPublication p) {
		String listener = listenerOf(p);
		return givenUpAfterMax.stream().anyMatch(listener::startsWith);
	}

	private static String listenerOf(EventPublication p) {
		return p instanceof TargetEventPublication t ? t.getTargetIdentifier().getValue() : "";
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
