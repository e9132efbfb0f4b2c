package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.Role;
import vn.tinhso.exchange.Delivery;
import vn.tinhso.exchange.ExchangeInbox;
import vn.tinhso.exchange.ExchangeOutbox;
import vn.tinhso.exchange.ReceivedStatus;
import vn.tinhso.exchange.SentStatus;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * A document's exchange with organs outside the installation, for its page and API: how each outside
 * recipient stands and what it reported; where an incoming one came from and what we reported back. And
 * what officials do about it: send again to recipients not reached, refuse a document received.
 */
@Service
public class DocumentExchange {

	/**
	 * A recipient: inside the installation ({@code deliveredId} its incoming copy) or outside (reached as edXML:
	 * why it was not sent, the delivery of its package, the statuses it reported); its status and since when.
	 */
	public record RecipientLine(String agencyCode, String name, boolean internal, String status, OffsetDateTime since,
			String note, Long deliveredId, Delivery delivery, List<Report> reports) {
	}

	/**
	 * A status message about the document, at the time of the step (province time): from an outside recipient,
	 * or sent back to the sender of a document received ({@code delivery} PENDING, SENT or FAILED; null for one
	 * received).
	 */
	public record Report(StatusCode statusCode, OffsetDateTime at, String description, String delivery) {

		static Report of(ReceivedStatus s) {
			return new Report(s.statusCode(), local(s.at()), s.description(), null);
		}

		static Report of(SentStatus s) {
			return new Report(s.statusCode(), local(s.at()), s.description(), s.delivery());
		}

		private static OffsetDateTime local(java.time.Instant at) {
			return at == null ? null : at.atZone(ProvinceTime.ZONE).toOffsetDateTime();
		}
	}

	/** Where a document that arrived as edXML came from, and the statuses reported to its sender. */
	public record Origin(String organId, String organName, long messageId, String edxmlDocumentId, List<Report> reported) {
	}

	/** The exchange of one document: {@code origin} for one that arrived as edXML, else null. */
	public record View(List<RecipientLine> recipients, Origin origin) {

		/** Outside recipients not reached, for the clerk's "send again". */
		public boolean resendable() {
			return recipients.stream().anyMatch(r -> !r.internal() && ExternalDelivery.SENDABLE.contains(r.status()));
		}
	}

	private final Documents documents;
	private final DocumentAccess access;
	private final ExchangeRecords records;
	private final ExternalDelivery delivery;
	private final IncomingDocuments incoming;
	private final ExchangeInbox inbox;
	private final ExchangeOutbox outbox;
	private final Clock clock;

	DocumentExchange(Documents documents, DocumentAccess access, ExchangeRecords records, ExternalDelivery delivery,
			IncomingDocuments incoming, ExchangeInbox inbox, ExchangeOutbox outbox, Clock clock) {
		this.documents = documents;
		this.access = access;
		this.records = records;
		this.delivery = delivery;
		this.incoming = incoming;
		this.inbox = inbox;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public View view(Actor actor, long id) {
		Document d = documents.find(id).orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (!access.canSee(actor, d, documents.assignments(id), documents.reviews(id))) {
			throw DomainException.notFound("document.not-found", id);
		}
		List<RecipientLine> recipients = records.recipients(id).stream().map(r -> new RecipientLine(r.agencyCode(),
				r.name(), r.internal(), r.status(), r.updatedAt().atZoneSameInstant(ProvinceTime.ZONE).toOffsetDateTime(),
				r.note(), r.deliveredId(),
				r.messageId() == null ? null : outbox.delivery(r.messageId()),
				r.edxmlDocumentId() == null ? List.of() : inbox.statusesOf(d.agencyCode(), r.edxmlDocumentId()).stream()
						.filter(s -> s.reportingOrganId().equals(r.agencyCode())).map(Report::of).toList()))
				.toList();
		Origin origin = records.arrivalOf(id).map(a -> new Origin(a.organId(), a.organName(), a.messageId(),
				a.edxmlDocumentId(), outbox.statusesSent(a.agencyCode(), a.edxmlDocumentId()).stream().map(Report::of).toList()))
				.orElse(null);
		return new View(recipients, origin);
	}

	/** @see ExternalDelivery#resend(Actor, long) */
	public Document resend(Actor actor, long id) {
		return delivery.resend(actor, id);
	}

	/**
	 * The clerk (or a leader) of the receiving agency refuses a document that arrived as edXML and is not assigned
	 * yet, with a reason the sender receives (edXML status 2). Not from outside → 409
	 * {@code document.refuse.not-exchanged}; already assigned, done or withdrawn → 409
	 * {@code document.action.wrong-status}; no reason → 400.
	 */
	@Transactional
	public Document refuse(Actor actor, long id, String reason) {
		Document d = incoming.visible(actor, id, true);
		Set<Role> roles = access.rolesOver(actor, d.agencyCode());
		if (!roles.contains(Role.CLERK) && !roles.contains(Role.LEADER)) {
			throw DomainException.forbidden("document.action.forbidden", "REFUSE");
		}
		if (records.arrivalOf(id).isEmpty()) {
			throw DomainException.conflict("document.refuse.not-exchanged");
		}
		if (!Document.REGISTERED.equals(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "REFUSE", d.status());
		}
		FormChecks check = new FormChecks();
		String why = check.text("reason", reason, 2000);
		check.refuseIfAny();
		Document next = d.withStatus(Document.REFUSED);
		documents.update(next, d.version());
		documents.append(id, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), actor.accountId(),
				actor.displayName(), "REFUSE", d.status(), next.status(), why);
		return next;
	}
}
