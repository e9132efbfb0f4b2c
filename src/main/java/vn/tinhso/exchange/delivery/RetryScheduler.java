package vn.tinhso.exchange.delivery;

import java.util.List;
import java.util.Set;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.exchange.store.Messages;

/**
 * Resubmits the publications of failed deliveries whose pause is over. The due messages are claimed
 * first (their retry time cleared in one update), so two nodes, or two runs, never resubmit the same
 * one; nothing is read from the publication registry while nothing is due.
 */
@Component
class RetryScheduler {

	private final Messages messages;
	private final IncompleteEventPublications publications;

	RetryScheduler(Messages messages, IncompleteEventPublications publications) {
		this.messages = messages;
		this.publications = publications;
	}

	@Scheduled(fixedDelayString = "${tinhso.exchange.delivery.poll-ms:1000}",
			initialDelayString = "${tinhso.exchange.delivery.poll-ms:1000}")
	void resubmitDue() {
		List<Long> due = messages.claimDueRetries();
		if (due.isEmpty()) {
			return;
		}
		Set<Long> ids = Set.copyOf(due);
		publications.resubmitIncompletePublications(p -> p.getEvent() instanceof DeliveryRequested d && ids.contains(d.messageId()));
	}
}
