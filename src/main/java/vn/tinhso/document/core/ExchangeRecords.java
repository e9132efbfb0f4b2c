package vn.tinhso.document.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the document module keeps of its exchange with organs outside the installation: where each
 * document that arrived as edXML came from, and how each outside recipient of an issued document stands.
 */
@Repository
class ExchangeRecords {

	/** Serialises the handling of one arriving package (a transaction-scoped PostgreSQL advisory lock). */
	private static final int PACKAGE_LOCK = 0x6D58;

	/** An incoming document registered from an edXML package, and the sender's reference to it. */
	record Arrival(long documentId, String agencyCode, long messageId, String organId, String organName,
			String edxmlDocumentId, String code, LocalDate promulgationDate) {
	}

	/** A recipient of an outgoing document; {@code messageId}, {@code edxmlDocumentId}, {@code note} for outside ones. */
	record Outside(long id, long documentId, String agencyCode, String name, boolean internal, String status,
			Long deliveredId, Long messageId, String edxmlDocumentId, String note, OffsetDateTime updatedAt) {
	}

	private final JdbcClient jdbc;

	ExchangeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Until the transaction ends, no one else handles this package (a second delivery of its event waits here). */
	void lockPackage(long messageId) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(PACKAGE_LOCK, (int) (messageId ^ (messageId >>> 32)))
				.query().singleRow();
	}

	void recordArrival(Arrival a) {
		jdbc.sql("""
				insert into document_exchange_arrival (document_id, agency_code, message_id, organ_id, organ_name,
				  edxml_document_id, code, promulgation_date) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(a.documentId(), a.agencyCode(), a.messageId(), a.organId(), a.organName(), a.edxmlDocumentId(),
						a.code(), a.promulgationDate())
				.update();
	}

	Optional<Arrival> arrivalOf(long documentId) {
		return jdbc.sql("select * from document_exchange_arrival where document_id = ?").param(documentId)
				.query(ExchangeRecords::arrival).optional();
	}

	Optional<Arrival> arrivalOf(long messageId, String agencyCode) {
		return jdbc.sql("select * from document_exchange_arrival where message_id = ? and agency_code = ?")
				.params(messageId, agencyCode).query(ExchangeRecords::arrival).optional();
	}

	List<Outside> outside(long documentId) {
		return jdbc.sql("select * from document_recipient where document_id = ? and not internal order by id")
				.param(documentId).query(ExchangeRecords::outside).list();
	}

	/** Every recipient, those inside the installation too, in the order entered. */
	List<Outside> recipients(long documentId) {
		return jdbc.sql("select * from document_recipient where document_id = ? order by id")
				.param(documentId).query(ExchangeRecords::outside).list();
	}

	/** The outside recipient a status report comes from: the organ, for the document our agency sent it. */
	Optional<Outside> outside(String senderAgency, String edxmlDocumentId, String organId) {
		return jdbc.sql("""
				select r.* from document_recipient r join document d on d.id = r.document_id
				where r.edxml_document_id = ? and r.agency_code = ? and d.agency_code = ? and not r.internal""")
				.params(edxmlDocumentId, organId, senderAgency).query(ExchangeRecords::outside).optional();
	}

	/** Our outgoing document sent out with this DocumentId, whoever the recipient. */
	Optional<Long> sentDocument(String senderAgency, String edxmlDocumentId) {
		return jdbc.sql("""
				select r.document_id from document_recipient r join document d on d.id = r.document_id
				where r.edxml_document_id = ? and d.agency_code = ? limit 1""")
				.params(edxmlDocumentId, senderAgency).query(Long.class).optional();
	}

	void sent(long recipientId, long messageId, String edxmlDocumentId) {
		jdbc.sql("""
				update document_recipient set status = 'SENT', exchange_message_id = ?, edxml_document_id = ?,
				  status_note = '', updated_at = now() where id = ?""")
				.params(messageId, edxmlDocumentId, recipientId).update();
	}

	void status(long recipientId, String status, String note) {
		jdbc.sql("update document_recipient set status = ?, status_note = ?, updated_at = now() where id = ?")
				.params(status, EdxmlMapping.cut(note, 500), recipientId).update();
	}

	private static Arrival arrival(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Arrival(rs.getLong("document_id"), rs.getString("agency_code"), rs.getLong("message_id"),
				rs.getString("organ_id"), rs.getString("organ_name"), rs.getString("edxml_document_id"), rs.getString("code"),
				rs.getObject("promulgation_date", LocalDate.class));
	}

	private static Outside outside(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Outside(rs.getLong("id"), rs.getLong("document_id"), rs.getString("agency_code"), rs.getString("name"),
				rs.getBoolean("internal"), rs.getString("status"), (Long) rs.getObject("delivered_id"),
				(Long) rs.getObject("exchange_message_id"), rs.getString("edxml_document_id"), rs.getString("status_note"),
				rs.getObject("updated_at", OffsetDateTime.class));
	}
}
