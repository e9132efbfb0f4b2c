package vn.tinhso.exchange.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.exchange.Delivery;

/** The exchange_message table: every edXML message in or out, with its signed XML as it travelled. */
@Repository
public class Messages {

	private final JdbcClient jdbc;

	Messages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message row's id, and whether this call created it or found it stored already. */
	public record Stored(long id, boolean created) {
	}

	/** What is kept of a message besides its XML. */
	public record Facts(String kind, long partnerId, String documentId, String fromOrgan, List<String> toOrgans,
			String toAgency, String code, String subject, Integer statusCode, Instant statusAt, String signerSubject) {
	}

	/** An outgoing message as the delivery needs it. */
	public record Outbound(long id, String kind, long partnerId, String status, int attempts, byte[] xml) {
	}

	/** A stored incoming message. */
	public record Inbound(long id, Instant receivedAt, byte[] xml) {
	}

	/** An incoming status report as listed for the document's sender. */
	public record StatusRow(long id, int statusCode, String fromOrgan, Instant statusAt, String description, Instant receivedAt) {
	}

	/** A stored incoming package: its id and the organs it was addressed to. */
	public record Received(long id, List<String> toOrgans) {
	}

	/** Stores an incoming message once: the same package (or status report) from the same organ again finds the first. */
	public Stored storeInbound(Facts f, boolean signatureValid, byte[] xml) {
		String conflict = "PACKAGE".equals(f.kind()) ? "(from_organ, document_id) where direction = 'IN' and kind = 'PACKAGE'"
				: "(from_organ, document_id, status_code, status_at) where direction = 'IN' and kind = 'STATUS'";
		Optional<Long> id = jdbc.sql(insert("IN", "RECEIVED") + " on conflict " + conflict + " do nothing returning id")
				.params(params(f, signatureValid, xml)).query(Long.class).optional();
		if (id.isPresent()) {
			return new Stored(id.get(), true);
		}
		return new Stored(jdbc.sql("""
				select id from exchange_message where direction = 'IN' and kind = ? and from_organ = ? and document_id = ?
				  and (kind = 'PACKAGE' or (status_code = ? and status_at = ?))""")
				.params(f.kind(), f.fromOrgan(), f.documentId(), f.statusCode(), at(f.statusAt())).query(Long.class).single(), false);
	}

	public long storeOutbound(Facts f, byte[] xml) {
		return jdbc.sql(insert("OUT", "PENDING") + " returning id").params(params(f, true, xml)).query(Long.class).single();
	}

	public Optional<Inbound> inboundPackage(long id) {
		return jdbc.sql("select id, created_at, xml from exchange_message where id = ? and direction = 'IN' and kind = 'PACKAGE'")
				.param(id).query((rs, i) -> new Inbound(rs.getLong(1), instant(rs, 2), rs.getBytes(3))).optional();
	}

	/** The package an organ sent us with this DocumentId, if we received it. */
	public Optional<Received> inboundPackageFrom(String fromOrgan, String documentId) {
		return jdbc.sql("""
				select id, to_organs from exchange_message
				where direction = 'IN' and kind = 'PACKAGE' and from_organ = ? and document_id = ?""")
				.params(fromOrgan, documentId)
				.query((rs, i) -> new Received(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()))).optional();
	}

	public List<StatusRow> inboundStatuses(String documentSender, String documentId) {
		return jdbc.sql("""
				select id, status_code, from_organ, status_at, subject, created_at from exchange_message
				where direction = 'IN' and kind = 'STATUS' and document_id = ? and ? = any (to_organs)
				order by status_at, id""")
				.params(documentId, documentSender)
				.query((rs, i) -> new StatusRow(rs.getLong(1), rs.getInt(2), rs.getString(3), instant(rs, 4), rs.getString(5),
						instant(rs, 6)))
				.list();
	}

	/** An outgoing status report as listed for the reporting agency. */
	public record SentStatusRow(long id, String toAgency, int statusCode, Instant statusAt, String description,
			String status) {
	}

	/** The status reports our organ sent about a document (by its sender's DocumentId), oldest first. */
	public List<SentStatusRow> outboundStatuses(String fromOrgan, String documentId) {
		return jdbc.sql("""
				select id, to_agency, status_code, status_at, subject, status from exchange_message
				where direction = 'OUT' and kind = 'STATUS' and from_organ = ? and document_id = ?
				order by status_at, id""")
				.params(fromOrgan, documentId)
				.query((rs, i) -> new SentStatusRow(rs.getLong(1), rs.getString(2), rs.getInt(3), instant(rs, 4),
						rs.getString(5), rs.getString(6)))
				.list();
	}

	/** The latest package we sent for this document to this organ, if any. */
	public Optional<Long> outboundPackageTo(String documentId, String organ) {
		return jdbc.sql("""
				select id from exchange_message where direction = 'OUT' and kind = 'PACKAGE' and document_id = ? and to_agency = ?
				order by id desc limit 1""").params(documentId, organ).query(Long.class).optional();
	}

	public Optional<Outbound> outbound(long id) {
		return jdbc.sql("select id, kind, partner_id, status, attempts, xml from exchange_message where id = ? and direction = 'OUT'")
				.param(id)
				.query((rs, i) -> new Outbound(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
						rs.getBytes(6)))
				.optional();
	}

	public Optional<Delivery> delivery(long id) {
		return jdbc.sql("""
				select id, to_agency, status, attempts, last_error, sent_at, next_attempt_at from exchange_message
				where id = ? and direction = 'OUT'""").param(id)
				.query((rs, i) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
						instant(rs, 6), instant(rs, 7)))
				.optional();
	}

	public void markSent(long id, int attempts) {
		jdbc.sql("""
				update exchange_message set status = 'SENT', attempts = ?, last_error = '', next_attempt_at = null, sent_at = now()
				where id = ?""").params(attempts, id).update();
	}

	/** Records a failed attempt; {@code retryAt} null means it is not tried again on its own. */
	public void markFailed(long id, int attempts, String error, Instant retryAt) {
		jdbc.sql("update exchange_message set status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
				.params(attempts, error.length() > 1000 ? error.substring(0, 1000) : error, at(retryAt), id).update();
	}

	/** Takes the failed deliveries whose retry time has come, so that each is resubmitted once. */
	public List<Long> claimDueRetries() {
		return jdbc.sql("""
				update exchange_message set next_attempt_at = null
				where next_attempt_at is not null and next_attempt_at <= now() and status = 'FAILED' returning id""")
				.query(Long.class).list();
	}

	private static String insert(String direction, String status) {
		return """
				insert into exchange_message (kind, direction, status, partner_id, document_id, from_organ, to_organs, to_agency,
				  code, subject, status_code, status_at, signer_subject, signature_valid, xml, xml_sha256)
				values (?, '%s', '%s', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(direction, status);
	}

	private static Object[] params(Facts f, boolean signatureValid, byte[] xml) {
		return new Object[] { f.kind(), f.partnerId(), f.documentId(), f.fromOrgan(), f.toOrgans().toArray(String[]::new),
				f.toAgency(), f.code(), f.subject(), f.statusCode(), at(f.statusAt()), f.signerSubject(), signatureValid, xml,
				sha256(xml) };
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
