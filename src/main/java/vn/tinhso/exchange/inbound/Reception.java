package vn.tinhso.exchange.inbound;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.exchange.DocumentPackageArrived;
import vn.tinhso.exchange.DocumentRecallRequested;
import vn.tinhso.exchange.EdxmlCodec;
import vn.tinhso.exchange.ExchangeStatusArrived;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.ReadPackage;
import vn.tinhso.exchange.ReadStatus;
import vn.tinhso.exchange.SignatureCheck;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.exchange.partner.Partner;
import vn.tinhso.exchange.store.Messages;
import vn.tinhso.platform.DomainException;

/**
 * Accepts edXML from a partner: only a well-formed message whose signature verifies, from an organ the
 * partner speaks for, for one of our agencies. Anything else is refused before a row is written.
 * Recipients outside the installation are allowed in a package addressed to several organs (the
 * national axis delivers the same package to every recipient's system) and get no event here.
 */
@Service
public class Reception {

	/** The stored message, and whether this delivery was its first. */
	public record Outcome(long messageId, boolean created) {
	}

	private final EdxmlCodec codec;
	private final Messages messages;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;

	Reception(EdxmlCodec codec, Messages messages, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.codec = codec;
		this.messages = messages;
		this.agencies = agencies;
		this.events = events;
	}

	@Transactional
	public Outcome acceptPackage(Partner partner, byte[] xml) {
		ReadPackage read = codec.read(xml);
		requireValid(read.signature());
		MessageHeader h = read.pkg().header();
		requireSpeaksFor(partner, h.from().organId());
		List<String> ours = h.to().stream().map(Organ::organId).distinct().filter(this::isOurs).toList();
		if (ours.isEmpty()) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "exchange.recipient-unknown", List.of(),
					String.join(", ", h.to().stream().map(Organ::organId).toList()));
		}
		Messages.Stored stored = messages.storeInbound(new Messages.Facts("PACKAGE", partner.id(), h.documentId(),
				h.from().organId(), h.to().stream().map(Organ::organId).toList(), null, h.code().toString(), h.subject(), null,
				null, read.signature().signerSubject()), true, xml);
		if (stored.created()) {
			int priority = h.otherInfo() == null ? 0 : h.otherInfo().priority();
			ours.forEach(agency -> events.publishEvent(new DocumentPackageArrived(stored.id(), agency, h.from().organId(),
					h.from().organName(), h.documentId(), h.code().toString(), h.promulgation().date(), h.subject(), priority,
					h.dueDate())));
		}
		return new Outcome(stored.id(), stored.created());
	}

	@Transactional
	public Outcome acceptStatus(Partner partner, byte[] xml) {
		ReadStatus read = codec.readStatus(xml);
		requireValid(read.signature());
		StatusMessage s = read.status();
		requireSpeaksFor(partner, s.from().organId());
		String sender = s.responseFor().organId();
		if (!isOurs(sender)) {
			return acceptRecallRequest(partner, s, read, xml);
		}
		Messages.Stored stored = messages.storeInbound(new Messages.Facts("STATUS", partner.id(), s.responseFor().documentId(),
				s.from().organId(), List.of(sender), null, s.responseFor().code(),
				s.description() == null ? "" : s.description(), s.statusCode().code(), s.timestamp(),
				read.signature().signerSubject()), true, xml);
		if (stored.created()) {
			events.publishEvent(new ExchangeStatusArrived(stored.id(), s.statusCode(), s.from().organId(), s.from().organName(),
					sender, s.responseFor().documentId(), s.responseFor().code(), s.timestamp(), s.description(),
					messages.outboundPackageTo(s.responseFor().documentId(), s.from().organId()).orElse(null)));
		}
		return new Outcome(stored.id(), stored.created());
	}

	/**
	 * The sender of a document it delivered to our agencies asks for it back: the one status message that
	 * travels from the sender to the recipients. Accepted only for a package we received from that organ.
	 */
	private Outcome acceptRecallRequest(Partner partner, StatusMessage s, ReadStatus read, byte[] xml) {
		String sender = s.responseFor().organId();
		Messages.Received pkg = s.statusCode() == StatusCode.RECALL_REQUESTED && sender.equals(s.from().organId())
				? messages.inboundPackageFrom(sender, s.responseFor().documentId()).orElse(null)
				: null;
		List<String> ours = pkg == null ? List.of() : pkg.toOrgans().stream().filter(this::isOurs).toList();
		if (ours.isEmpty()) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "exchange.recipient-unknown", List.of(), sender);
		}
		Messages.Stored stored = messages.storeInbound(new Messages.Facts("STATUS", partner.id(), s.responseFor().documentId(),
				s.from().organId(), ours, null, s.responseFor().code(), s.description() == null ? "" : s.description(),
				s.statusCode().code(), s.timestamp(), read.signature().signerSubject()), true, xml);
		if (stored.created()) {
			ours.forEach(agency -> events.publishEvent(new DocumentRecallRequested(stored.id(), agency, sender,
					s.from().organName(), s.responseFor().documentId(), s.responseFor().code(), pkg.id(), s.timestamp(),
					s.description())));
		}
		return new Outcome(stored.id(), stored.created());
	}

	private static void requireValid(SignatureCheck signature) {
		if (!signature.valid()) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "edxml.signature-invalid", List.of(), signature.problem());
		}
	}

	private static void requireSpeaksFor(Partner partner, String organId) {
		if (!partner.speaksFor(organId)) {
			throw DomainException.forbidden("exchange.organ-not-allowed", organId);
		}
	}

	private boolean isOurs(String organId) {
		return agencies.findByCode(organId).filter(AgencySummary::active).isPresent();
	}
}
