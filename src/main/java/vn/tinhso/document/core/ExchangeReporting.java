package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlCodec;
import vn.tinhso.exchange.ExchangeOutbox;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;
import vn.tinhso.signing.AgencyKeys;
import vn.tinhso.signing.SigningKey;

/**
 * Tells the sender of a document that arrived as edXML what becomes of it, with the edXML status message
 * for each step: registered (arrived, accepted), first assigned, first progress report (processing),
 * completed, refused, recalled at the sender's request. It listens to every history line, in the
 * transaction of the change, so no service method has to remember it; the message is stored in the
 * exchange outbox with the change and posted after it commits. When no partner delivers back to the
 * sender, or the agency has no key to sign with, the change still happens and its history says the
 * status was not sent.
 */
@Component
class ExchangeReporting {

	private static final Logger log = LoggerFactory.getLogger(ExchangeReporting.class);

	/** Who the history names for what the exchange did by itself. */
	static final Actor SYSTEM = new Actor(0, "edxml", "Trục liên thông văn bản", AccountKind.OFFICIAL);

	private static final Set<String> REPORTED = Set.of("ASSIGN", "PROGRESS", "COMPLETE", "REFUSE", "RECALL");

	private final ExchangeRecords records;
	private final Documents documents;
	private final AgencyDirectory agencies;
	private final ExchangeOutbox outbox;
	private final EdxmlCodec codec;
	private final AgencyKeys keys;
	private final JdbcClient jdbc;
	private final Clock clock;

	ExchangeReporting(ExchangeRecords records, Documents documents, AgencyDirectory agencies, ExchangeOutbox outbox,
			EdxmlCodec codec, AgencyKeys keys, JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.documents = documents;
		this.agencies = agencies;
		this.outbox = outbox;
		this.codec = codec;
		this.keys = keys;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(HistoryAppended line) {
		if (!REPORTED.contains(line.action())) {
			return;
		}
		Optional<ExchangeRecords.Arrival> arrival = records.arrivalOf(line.documentId());
		if (arrival.isEmpty()) {
			return;
		}
		StatusCode code = switch (line.action()) {
			case "ASSIGN" -> Document.REGISTERED.equals(line.fromStatus()) ? StatusCode.ASSIGNED : null;
			case "PROGRESS" -> firstProgress(line.documentId()) ? StatusCode.PROCESSING : null;
			case "COMPLETE" -> StatusCode.DONE;
			case "REFUSE" -> StatusCode.REFUSED;
			default -> StatusCode.RECALLED;
		};
		if (code != null) {
			report(arrival.get(), code, description(code, line.note()), line.at(), line.actorName());
		}
	}

	/** Sends one status about the arrived document to its sender; false (and a history line) when it cannot. */
	boolean report(ExchangeRecords.Arrival a, StatusCode code, String description, OffsetDateTime at, String who) {
		AgencySummary agency = agencies.findByCode(a.agencyCode()).orElseThrow();
		Optional<SigningKey> key = keys.agencyKey(a.agencyCode()).filter(codec::canSignWith);
		String problem = !outbox.hasRoute(a.organId()) ? "chưa có đường liên thông đến " + a.organId()
				: key.isEmpty() ? "cơ quan chưa có khóa ký số RSA của tổ chức" : null;
		if (problem != null) {
			log.warn("Status {} of document {} not sent to {}: {}", code, a.documentId(), a.organId(), problem);
			Document d = documents.find(a.documentId()).orElseThrow();
			documents.append(a.documentId(), now(), null, SYSTEM.displayName(), "EXCHANGE_FAILED", d.status(), d.status(),
					"Không gửi được trạng thái «" + EdxmlMapping.label(code) + "» về " + a.organName() + ": " + problem + ".");
			return false;
		}
		StatusMessage status = new StatusMessage(
				new DocumentReference(a.organId(), a.code(), a.promulgationDate(), a.edxmlDocumentId()),
				Organ.of(agency.code(), agency.name()), code, EdxmlMapping.cut(description, 1000), at.toInstant(),
				new StatusMessage.StaffInfo(agency.name(), who, null, null));
		outbox.sendStatus(status, key.get());
		return true;
	}

	/** What the sender reads: the assignment and the completion as written; a progress note stays inside. */
	private static String description(StatusCode code, String note) {
		return switch (code) {
			case ASSIGNED -> note.isBlank() ? "Đã phân công xử lý." : "Đã phân công xử lý. " + note;
			case PROCESSING -> "Đang xử lý.";
			case DONE -> note.isBlank() ? "Đã hoàn thành xử lý." : "Đã hoàn thành xử lý. " + note;
			case RECALLED -> "Đã thu hồi văn bản theo yêu cầu của cơ quan gửi.";
			default -> note;
		};
	}

	private boolean firstProgress(long documentId) {
		return jdbc.sql("select count(*) from document_event where document_id = ? and action = 'PROGRESS'")
				.param(documentId).query(Integer.class).single() == 1;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}
