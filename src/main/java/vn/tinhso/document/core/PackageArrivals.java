package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.exchange.DocumentPackageArrived;
import vn.tinhso.exchange.DocumentRecallRequested;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.ExchangeInbox;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.ReceivedPackage;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.DomainException;

/**
 * Documents that arrive from outside as edXML packages go into the recipient agency's incoming register,
 * as the clerk would register them: the next arrival number, the sender, number and notation, kind, date,
 * subject, urgency from the package's priority, its deadline; the PDFs attached, their signatures verified,
 * the main text extracted for search. Each package is registered once per agency, however often its event
 * is delivered. Nothing accepted is lost: a package without a usable PDF is registered all the same, with a
 * warning in its history (the package itself stays in the exchange store). The sender is told: arrived,
 * accepted.
 */
@Component
class PackageArrivals {

	private static final Logger log = LoggerFactory.getLogger(PackageArrivals.class);

	private static final EnumSet<FileType> KEPT = EnumSet.allOf(FileType.class);

	private final ExchangeInbox inbox;
	private final ExchangeRecords records;
	private final IncomingDocuments incoming;
	private final Documents documents;
	private final DocumentTypes types;
	private final FileStore files;
	private final FileSignatures signatures;
	private final ExchangeReporting reporting;
	private final Clock clock;

	PackageArrivals(ExchangeInbox inbox, ExchangeRecords records, IncomingDocuments incoming, Documents documents,
			DocumentTypes types, FileStore files, FileSignatures signatures, ExchangeReporting reporting, Clock clock) {
		this.inbox = inbox;
		this.records = records;
		this.incoming = incoming;
		this.documents = documents;
		this.types = types;
		this.files = files;
		this.signatures = signatures;
		this.reporting = reporting;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentPackageArrived arrived) {
		records.lockPackage(arrived.messageId());
		if (records.arrivalOf(arrived.messageId(), arrived.toAgencyCode()).isPresent()) {
			return; // this event was delivered before (a restart, a resubmission): registered already
		}
		ReceivedPackage received = inbox.packageOf(arrived.messageId());
		MessageHeader h = received.pkg().header();
		String notation = EdxmlMapping.cut(h.code().toString(), 60);
		int pages = h.otherInfo() == null || h.otherInfo().pageAmount() == null ? 1
				: Math.max(1, Math.min(10_000, h.otherInfo().pageAmount()));
		Document d = incoming.newIncoming(arrived.toAgencyCode(),
				EdxmlMapping.typeCode(types, h.documentType().typeName(), notation), notation,
				EdxmlMapping.cut(h.subject(), 500), EdxmlMapping.cut(h.from().organName(), 300), h.from().organId(),
				h.promulgation().date(), EdxmlMapping.urgencyOf(arrived.priority()), Confidentiality.NORMAL, pages,
				h.dueDate(), "EDXML", null, ExchangeReporting.SYSTEM);
		ExchangeRecords.Arrival origin = new ExchangeRecords.Arrival(d.id(), arrived.toAgencyCode(), arrived.messageId(),
				h.from().organId(), EdxmlMapping.cut(h.from().organName(), 300), h.documentId(),
				EdxmlMapping.cut(h.code().toString(), 100), h.promulgation().date());
		records.recordArrival(origin);
		List<String> warnings = attach(d, received.pkg().attachments());
		OffsetDateTime now = now();
		for (String warning : warnings) {
			documents.append(d.id(), now, null, ExchangeReporting.SYSTEM.displayName(), "ARRIVAL_WARNING", d.status(),
					d.status(), warning + " Gói tin gốc được lưu tại trục liên thông (số " + arrived.messageId() + ").");
		}
		reporting.report(origin, StatusCode.ARRIVED, "Đã nhận gói tin.", now, ExchangeReporting.SYSTEM.displayName());
		reporting.report(origin, StatusCode.ACCEPTED, "Đã vào sổ văn bản đến, số đến " + d.number() + ".", now,
				ExchangeReporting.SYSTEM.displayName());
	}

	/** The first PDF is the main text, the other files attachments; returns what could not be kept. */
	private List<String> attach(Document d, List<EdxmlPackage.Attachment> attachments) {
		List<String> warnings = new ArrayList<>();
		boolean main = false;
		for (EdxmlPackage.Attachment a : attachments) {
			String name = IncomingDocuments.fileName(a.name());
			StoredFile stored;
			try {
				stored = files.store("attachment", a.content(), KEPT);
			}
			catch (DomainException e) {
				log.warn("Attachment {} of document {} not kept: {}", a.name(), d.id(), firstCode(e));
				warnings.add("Tệp «" + name + "» không được lưu (" + ("file.too-large".equals(firstCode(e))
						? "vượt quá dung lượng cho phép" : "không phải loại tệp được chấp nhận") + ").");
				continue;
			}
			boolean pdf = stored.type() == FileType.PDF;
			String purpose = pdf && !main ? "MAIN" : "ATTACHMENT";
			documents.attach(d.id(), purpose, 1, stored.sha256(), name, stored.type().mediaType(), stored.size(), 0);
			if (pdf) {
				signatures.record(stored.sha256(), a.content());
			}
			if ("MAIN".equals(purpose)) {
				documents.setBody(d.id(), PdfText.folded(a.content()));
				main = true;
			}
		}
		if (!main) {
			log.warn("Document {} arrived as edXML without a PDF", d.id());
			warnings.add("Gói tin không có tệp PDF văn bản.");
		}
		return warnings;
	}

	/**
	 * The sender asks for a document back (edXML status 13): the incoming document is marked recalled and
	 * kept with its history; the sender is told it was recalled.
	 */
	@ApplicationModuleListener
	void on(DocumentRecallRequested request) {
		records.lockPackage(request.packageMessageId());
		Optional<ExchangeRecords.Arrival> arrival = records.arrivalOf(request.packageMessageId(), request.toAgencyCode());
		if (arrival.isEmpty()) {
			// The package's own event has not been handled yet: left incomplete, this one is tried again later.
			throw new IllegalStateException("Recall of package " + request.packageMessageId() + " before its arrival");
		}
		Document d = documents.lock(arrival.get().documentId()).orElseThrow();
		if (d.withdrawn()) {
			return;
		}
		Document next = d.withStatus(Document.RECALLED);
		documents.update(next, d.version());
		String why = request.description() == null || request.description().isBlank() ? ""
				: ": " + request.description().strip();
		documents.append(d.id(), now(), null, ExchangeReporting.SYSTEM.displayName(), "RECALL", d.status(), next.status(),
				EdxmlMapping.cut(request.fromOrganName() + " thu hồi văn bản" + why, 2000));
	}

	private static String firstCode(DomainException e) {
		return e.fieldProblems().isEmpty() ? e.code() : e.fieldProblems().get(0).code();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
