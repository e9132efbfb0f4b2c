package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.document.DocumentRecalled;
import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlCodec;
import vn.tinhso.exchange.ExchangeOutbox;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.AgencyKeys;
import vn.tinhso.signing.SigningKey;

/**
 * Sends issued documents to their recipients outside the installation as signed edXML packages, after the
 * issue commits: issuing never waits for, or fails because of, the exchange. Each recipient is handled in
 * its own transaction: SENT once its package is stored in the exchange outbox (which posts it and retries);
 * NO_ROUTE when no partner delivers to that organ yet, FAILED when the package cannot be made (no agency
 * key, too large), both with the reason shown to the sender, whose clerk sends again once it is fixed. The
 * internal recipients were served in the issue itself and never depend on this.
 */
@Service
public class ExternalDelivery {

	private static final Logger log = LoggerFactory.getLogger(ExternalDelivery.class);

	/** Recipients that can be sent (again): not yet tried, or tried and not sent. */
	static final Set<String> SENDABLE = Set.of("PENDING", "NO_ROUTE", "FAILED");

	/** Bytes of an edXML envelope besides its attachments: header, signature, manifest. */
	private static final long ENVELOPE = 64 * 1024;

	private final Documents documents;
	private final ExchangeRecords records;
	private final OutgoingPackages packages;
	private final DocumentAccess access;
	private final AgencyDirectory agencies;
	private final ExchangeOutbox outbox;
	private final EdxmlCodec codec;
	private final AgencyKeys keys;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final Clock clock;

	ExternalDelivery(Documents documents, ExchangeRecords records, OutgoingPackages packages, DocumentAccess access,
			AgencyDirectory agencies, ExchangeOutbox outbox, EdxmlCodec codec, AgencyKeys keys,
			ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.documents = documents;
		this.records = records;
		this.packages = packages;
		this.access = access;
		this.agencies = agencies;
		this.outbox = outbox;
		this.codec = codec;
		this.keys = keys;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	/** Called in the issuing transaction: outside recipients get their package once it commits. */
	void schedule(Document issued) {
		if (!records.outside(issued.id()).isEmpty()) {
			events.publishEvent(new ExternalDeliveryRequested(issued.id()));
		}
	}

	/**
	 * The issuing agency's clerk sends again to the outside recipients that were not sent (no route then, or
	 * the package could not be made). None such → 409 {@code document.exchange.nothing-to-resend}.
	 */
	@Transactional
	public Document resend(Actor actor, long id) {
		Document d = documents.lock(id).filter(x -> x.direction() == Direction.OUT)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (!access.canSee(actor, d, List.of(), documents.reviews(id))) {
			throw DomainException.notFound("document.not-found", id);
		}
		access.require(actor, Role.CLERK, d.agencyCode(), "RESEND");
		if (!Document.ISSUED.equals(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "RESEND", d.status());
		}
		List<ExchangeRecords.Outside> again = records.outside(id).stream().filter(r -> SENDABLE.contains(r.status())).toList();
		if (again.isEmpty()) {
			throw DomainException.conflict("document.exchange.nothing-to-resend");
		}
		again.forEach(r -> records.status(r.id(), "PENDING", ""));
		documents.append(id, now(), actor.accountId(), actor.displayName(), "EXCHANGE_RESEND", d.status(), d.status(),
				String.join("; ", again.stream().map(ExchangeRecords.Outside::name).toList()));
		events.publishEvent(new ExternalDeliveryRequested(id));
		return d;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ExternalDeliveryRequested request) {
		for (ExchangeRecords.Outside r : records.outside(request.documentId())) {
			if (!"PENDING".equals(r.status())) {
				continue;
			}
			try {
				tx.executeWithoutResult(status -> send(request.documentId(), r.id()));
			}
			catch (RuntimeException e) {
				log.warn("edXML package of document {} for {} not made: {}", request.documentId(), r.agencyCode(), e.toString());
				tx.executeWithoutResult(status -> failed(request.documentId(), r, "FAILED",
						"Không tạo được gói tin edXML: " + e.getMessage()));
			}
		}
	}

	/** One recipient, under the document's lock: a recall taking place meanwhile is seen, and wins. */
	private void send(long documentId, long recipientId) {
		Document d = documents.lock(documentId).orElseThrow();
		ExchangeRecords.Outside r = records.outside(documentId).stream().filter(x -> x.id() == recipientId).findFirst()
				.orElse(null);
		if (r == null || !"PENDING".equals(r.status())) {
			return; // handled by an earlier delivery of this event
		}
		if (!Document.ISSUED.equals(d.status())) {
			failed(documentId, r, "FAILED", "Không gửi: văn bản đã bị thu hồi hoặc thay thế trước khi gửi.");
			return;
		}
		if (!outbox.hasRoute(r.agencyCode())) {
			failed(documentId, r, "NO_ROUTE", "Chưa có đường liên thông: chưa đăng ký đối tác liên thông nào chuyển văn bản đến "
					+ r.agencyCode() + ".");
			return;
		}
		Optional<SigningKey> key = keys.agencyKey(d.agencyCode()).filter(codec::canSignWith);
		if (key.isEmpty()) {
			failed(documentId, r, "FAILED", "Cơ quan chưa có khóa ký số RSA của tổ chức để ký gói tin edXML.");
			return;
		}
		List<DocumentFile> travelling = packages.issuedFiles(documentId);
		if (OutgoingPackages.encodedSize(travelling) + ENVELOPE > codec.maxBytes()) {
			failed(documentId, r, "FAILED", "Gói tin vượt quá giới hạn " + codec.maxBytes() / (1024 * 1024) + " MB của trục liên thông.");
			return;
		}
		String edxmlId = EdxmlMapping.documentId(d.agencyCode(), d.issuedOn(), d.notation());
		long messageId = outbox.send(packages.build(d, edxmlId, travelling), r.agencyCode(), key.get());
		records.sent(r.id(), messageId, edxmlId);
		documents.append(documentId, now(), null, ExchangeReporting.SYSTEM.displayName(), "EXCHANGE_SENT", d.status(),
				d.status(), "Đã gửi gói tin edXML đến " + r.name() + " (" + r.agencyCode() + ").");
	}

	private void failed(long documentId, ExchangeRecords.Outside r, String status, String why) {
		records.status(r.id(), status, why);
		Document d = documents.find(documentId).orElseThrow();
		documents.append(documentId, now(), null, ExchangeReporting.SYSTEM.displayName(), "EXCHANGE_FAILED", d.status(),
				d.status(), EdxmlMapping.cut(r.name() + " (" + r.agencyCode() + "): " + why, 2000));
	}

	/**
	 * The issuing agency recalled the document: each outside recipient that was sent it is asked for it back
	 * (edXML status 13); one not sent yet simply never will be.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DocumentRecalled recalled) {
		for (ExchangeRecords.Outside r : records.outside(recalled.documentId())) {
			if (r.messageId() == null) {
				continue;
			}
			try {
				tx.executeWithoutResult(status -> askBack(recalled, r));
			}
			catch (RuntimeException e) {
				log.warn("Recall of document {} not sent to {}: {}", recalled.documentId(), r.agencyCode(), e.toString());
				tx.executeWithoutResult(status -> failed(recalled.documentId(), r, r.status(),
						"Không gửi được yêu cầu thu hồi: " + e.getMessage()));
			}
		}
	}

	private void askBack(DocumentRecalled recalled, ExchangeRecords.Outside r) {
		Document d = documents.lock(recalled.documentId()).orElseThrow();
		AgencySummary agency = agencies.findByCode(d.agencyCode()).orElseThrow();
		if (!outbox.hasRoute(r.agencyCode())) {
			failed(d.id(), r, r.status(), "Không gửi được yêu cầu thu hồi: chưa có đường liên thông đến " + r.agencyCode() + ".");
			return;
		}
		SigningKey key = keys.agencyKey(d.agencyCode()).filter(codec::canSignWith)
				.orElseThrow(() -> new IllegalStateException("no RSA key for " + d.agencyCode()));
		StatusMessage ask = new StatusMessage(
				new DocumentReference(d.agencyCode(), d.notation(), d.issuedOn(), r.edxmlDocumentId()),
				Organ.of(agency.code(), agency.name()), StatusCode.RECALL_REQUESTED, EdxmlMapping.cut(recalled.reason(), 1000),
				clock.instant(), null);
		outbox.sendStatus(ask, r.agencyCode(), key);
		records.status(r.id(), StatusCode.RECALL_REQUESTED.name(), "");
		documents.append(d.id(), now(), null, ExchangeReporting.SYSTEM.displayName(), "EXCHANGE_RECALL", d.status(),
				d.status(), "Đã gửi yêu cầu thu hồi đến " + r.name() + " (" + r.agencyCode() + ").");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
