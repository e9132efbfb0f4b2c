package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.exchange.ExchangeInbox;
import vn.tinhso.exchange.ExchangeStatusArrived;
import vn.tinhso.exchange.ReceivedStatus;
import vn.tinhso.exchange.StatusCode;

/**
 * An outside recipient reports what it did with a document we sent: its recipient row takes the latest
 * status it reported (by the time of the step, so reports that arrive out of order do not move it back),
 * and the document's history gets a line.
 */
@Component
class StatusArrivals {

	private static final Logger log = LoggerFactory.getLogger(StatusArrivals.class);

	/** Once we asked for the document back, only the answer to that moves the recipient's status. */
	private static final Set<StatusCode> ANSWERS_TO_RECALL = EnumSet.of(StatusCode.RECALLED, StatusCode.RECALL_REFUSED);

	private final ExchangeRecords records;
	private final ExchangeInbox inbox;
	private final Documents documents;
	private final Clock clock;

	StatusArrivals(ExchangeRecords records, ExchangeInbox inbox, Documents documents, Clock clock) {
		this.records = records;
		this.inbox = inbox;
		this.documents = documents;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ExchangeStatusArrived arrived) {
		Optional<ExchangeRecords.Outside> recipient = records.outside(arrived.documentSenderOrganId(), arrived.documentId(),
				arrived.reportingOrganId());
		Optional<Long> documentId = recipient.map(ExchangeRecords.Outside::documentId)
				.or(() -> records.sentDocument(arrived.documentSenderOrganId(), arrived.documentId()));
		if (documentId.isEmpty()) {
			log.info("Status {} from {} about {} matches no document sent from here", arrived.statusCode(),
					arrived.reportingOrganId(), arrived.documentId());
			return;
		}
		Document d = documents.lock(documentId.get()).orElseThrow();
		recipient.ifPresent(r -> inbox.statusesOf(arrived.documentSenderOrganId(), arrived.documentId()).stream()
				.filter(s -> s.reportingOrganId().equals(r.agencyCode()))
				.max(Comparator.comparing(ReceivedStatus::at).thenComparingLong(ReceivedStatus::messageId))
				.map(ReceivedStatus::statusCode)
				.filter(code -> !StatusCode.RECALL_REQUESTED.name().equals(r.status()) || ANSWERS_TO_RECALL.contains(code))
				.ifPresent(code -> records.status(r.id(), EdxmlMapping.recipientStatus(code), "")));
		String who = recipient.map(ExchangeRecords.Outside::name)
				.orElse(arrived.reportingOrganName() == null ? arrived.reportingOrganId() : arrived.reportingOrganName());
		String description = arrived.description() == null || arrived.description().isBlank() ? ""
				: " — " + arrived.description().strip();
		documents.append(d.id(), now(), null, ExchangeReporting.SYSTEM.displayName(), "EXCHANGE_STATUS", d.status(),
				d.status(), EdxmlMapping.cut(who + ": " + EdxmlMapping.label(arrived.statusCode()) + description, 2000));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
