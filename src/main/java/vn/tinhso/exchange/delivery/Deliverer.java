package vn.tinhso.exchange.delivery;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.tinhso.exchange.partner.Partner;
import vn.tinhso.exchange.partner.Partners;
import vn.tinhso.exchange.store.Messages;

/**
 * Posts an outgoing message after the sending transaction commits. It runs outside any transaction
 * (each update commits by itself) so no database connection is held while the partner answers. A
 * failure that may pass is recorded with the time of the next attempt and rethrown, which leaves the
 * event publication incomplete: {@link RetryScheduler} resubmits it when that time comes, and a
 * restart republishes it.
 */
@Component
class Deliverer {

	private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

	private final Messages messages;
	private final Partners partners;
	private final PartnerClient client;
	private final DeliveryProperties properties;
	private final Clock clock;

	Deliverer(Messages messages, Partners partners, PartnerClient client, DeliveryProperties properties, Clock clock) {
		this.messages = messages;
		this.partners = partners;
		this.client = client;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DeliveryRequested event) {
		Messages.Outbound message = messages.outbound(event.messageId()).orElse(null);
		if (message == null || "SENT".equals(message.status())) {
			return; // delivered already (a redelivered event) or gone
		}
		int attempts = message.attempts() + 1;
		Partner partner = partners.find(message.partnerId()).filter(Partner::active).orElse(null);
		if (partner == null) {
			messages.markFailed(message.id(), attempts, "partner removed or inactive", null);
			return;
		}
		String url = partner.endpointUrl().replaceAll("/+$", "") + ("STATUS".equals(message.kind()) ? "/status" : "/packages");
		PartnerClient.Result result = client.post(url, partner.outboundApiKey(), message.xml());
		if (result.ok()) {
			messages.markSent(message.id(), attempts);
			return;
		}
		if (result.permanent()) {
			log.warn("Exchange message {} refused by {}: {}", message.id(), url, result.error());
			messages.markFailed(message.id(), attempts, result.error(), null);
			return;
		}
		boolean again = attempts < properties.maxAttempts();
		messages.markFailed(message.id(), attempts, result.error(),
				again ? clock.instant().plus(properties.pauseAfter(attempts)) : null);
		throw new DeliveryFailed(message.id(), attempts, result.error());
	}

	/**
	 * Keeps the publication incomplete, so the delivery is tried again. A partner being down is an
	 * expected condition, not a bug: the exception carries no stack trace to fill the log with.
	 */
	static final class DeliveryFailed extends RuntimeException {

		DeliveryFailed(long id, int attempts, String error) {
			super("Exchange message " + id + " not delivered (attempt " + attempts + "): " + error, null, false, false);
		}
	}
}
