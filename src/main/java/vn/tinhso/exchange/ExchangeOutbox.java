package vn.tinhso.exchange;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.exchange.delivery.DeliveryRequested;
import vn.tinhso.exchange.partner.Partner;
import vn.tinhso.exchange.partner.Partners;
import vn.tinhso.exchange.store.Messages;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.SigningKey;

/**
 * Sends edXML out of the installation. A message is signed, written and stored as PENDING in the
 * caller's transaction; it is posted to the partner that serves the recipient only after that
 * transaction commits, and retried with growing pauses while the partner cannot take it.
 */
@Service
public class ExchangeOutbox {

	private final EdxmlCodec codec;
	private final Partners partners;
	private final Messages messages;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ExchangeOutbox(EdxmlCodec codec, Partners partners, Messages messages, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.codec = codec;
		this.partners = partners;
		this.messages = messages;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the package to one of its recipients. When the package has no trace yet, the sender's own
	 * trace (its organ, now) is added.
	 *
	 * @param toAgencyCode one of the package's To organs, outside this installation
	 * @return the outgoing message's id, for {@link #delivery(long)}
	 */
	@Transactional
	public long send(EdxmlPackage p, String toAgencyCode, KeyStore.PrivateKeyEntry signer) {
		return send(p, toAgencyCode, KeyEntrySigner.of(signer));
	}

	/**
	 * Sends the package signed with an agency's key from the signing module (wherever that key lives).
	 *
	 * @see #send(EdxmlPackage, String, KeyStore.PrivateKeyEntry)
	 */
	@Transactional
	public long send(EdxmlPackage p, String toAgencyCode, SigningKey signer) {
		MessageHeader h = p.header();
		if (h == null || h.to().stream().noneMatch(o -> o.organId() != null && o.organId().equals(toAgencyCode))) {
			throw DomainException.invalid("exchange.recipient-not-in-package", toAgencyCode);
		}
		requireLocal(h.from() == null ? null : h.from().organId());
		Partner partner = route(toAgencyCode);
		EdxmlPackage traced = p.traces().isEmpty()
				? new EdxmlPackage(h, List.of(new EdxmlPackage.TraceHeader(h.from().organId(), clock.instant())), p.attachments())
				: p;
		byte[] xml = codec.write(traced, signer);
		long id = messages.storeOutbound(new Messages.Facts("PACKAGE", partner.id(), h.documentId(), h.from().organId(),
				h.to().stream().map(Organ::organId).toList(), toAgencyCode, h.code().toString(), h.subject(), null, null,
				subject(signer)), xml);
		events.publishEvent(new DeliveryRequested(id));
		return id;
	}

	/** Reports a status to the organ that sent the document ({@code status.responseFor().organId()}). */
	@Transactional
	public long sendStatus(StatusMessage status, KeyStore.PrivateKeyEntry signer) {
		return sendStatus(status, KeyEntrySigner.of(signer));
	}

	/** Reports a status to the organ that sent the document ({@code status.responseFor().organId()}). */
	@Transactional
	public long sendStatus(StatusMessage status, SigningKey signer) {
		return sendStatus(status, status.responseFor() == null ? null : status.responseFor().organId(), signer);
	}

	/**
	 * Sends a status message to a given organ. A recipient reports to the document's sender; the sender
	 * asks a recipient for its document back ({@link StatusCode#RECALL_REQUESTED}) the other way round.
	 */
	@Transactional
	public long sendStatus(StatusMessage status, String to, SigningKey signer) {
		requireLocal(status.from() == null ? null : status.from().organId());
		Partner partner = route(to);
		byte[] xml = codec.writeStatus(status, signer);
		long id = messages.storeOutbound(new Messages.Facts("STATUS", partner.id(), status.responseFor().documentId(),
				status.from().organId(), List.of(to), to, status.responseFor().code(),
				status.description() == null ? "" : status.description(), status.statusCode().code(), status.timestamp(),
				subject(signer)), xml);
		events.publishEvent(new DeliveryRequested(id));
		return id;
	}

	/** Whether a partner delivers to the organ; {@code send} refuses with {@code exchange.no-route} when none does. */
	@Transactional(readOnly = true)
	public boolean hasRoute(String organId) {
		return organId != null && partners.routeFor(organId).isPresent();
	}

	/** The status reports our organ sent about a document it received (the sender's DocumentId), oldest first. */
	@Transactional(readOnly = true)
	public List<SentStatus> statusesSent(String fromOrganId, String documentId) {
		return messages.outboundStatuses(fromOrganId, documentId).stream()
				.map(r -> new SentStatus(r.id(), r.toAgency(), StatusCode.of(r.statusCode()).orElseThrow(), r.statusAt(),
						r.description(), r.status()))
				.toList();
	}

	@Transactional(readOnly = true)
	public Delivery delivery(long messageId) {
		return messages.delivery(messageId).orElseThrow(() -> DomainException.notFound("exchange.message.not-found", messageId));
	}

	private void requireLocal(String organId) {
		if (organId == null || agencies.findByCode(organId).filter(AgencySummary::active).isEmpty()) {
			throw DomainException.invalid("exchange.sender-not-local", organId);
		}
	}

	private Partner route(String organId) {
		return partners.routeFor(organId).orElseThrow(
				() -> new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "exchange.no-route", List.of(), organId));
	}

	private static String subject(SigningKey signer) {
		X509Certificate c = signer.certificate();
		return c == null ? null : c.getSubjectX500Principal().getName();
	}
}
