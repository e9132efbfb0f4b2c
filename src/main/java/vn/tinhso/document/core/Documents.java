package vn.tinhso.document.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document tables. */
@Repository
class Documents {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Documents(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	long insert(Document d) {
		return jdbc.sql("""
				insert into document (agency_code, direction, register_id, year, number, notation, type_code, subject,
				  issuer_name, issuer_code, issued_on, arrived_at, urgency, confidentiality, page_count, due_on, status,
				  signer_name, signer_title, source, origin_id, reply_to_id, text_folded, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(d.agencyCode(), d.direction().name(), d.registerId(), d.year(), d.number(), d.notation(),
						d.typeCode(), d.subject(), d.issuerName(), d.issuerCode(), d.issuedOn(), d.arrivedAt(),
						d.urgency().name(), d.confidentiality().name(), d.pageCount(), d.dueOn(), d.status(), d.signerName(),
						d.signerTitle(), d.source(), d.originId(), d.replyToId(), SearchText.of(d), person(d.createdBy()),
						d.createdAt())
				.query(Long.class).single();
	}

	Optional<Document> find(long id) {
		return jdbc.sql("select * from document where id = ?").param(id).query(Documents::row).optional();
	}

	/** Reads and row-locks the document: changes to one document run one after another. */
	Optional<Document> lock(long id) {
		return jdbc.sql("select * from document where id = ? for update").param(id).query(Documents::row).optional();
	}

	/** Stores the next state of a document read (and locked) at {@code expectedVersion}. */
	void update(Document d, int expectedVersion) {
		int rows = jdbc.sql("""
				update document set register_id = ?, year = ?, number = ?, notation = ?, issued_on = ?, status = ?,
				  signer_name = ?, signer_title = ?, text_folded = ?, version = ? where id = ? and version = ?""")
				.params(d.registerId(), d.year(), d.number(), d.notation(), d.issuedOn(), d.status(), d.signerName(),
						d.signerTitle(), SearchText.of(d), d.version(), d.id(), expectedVersion)
				.update();
		if (rows != 1) {
			throw new IllegalStateException("Document " + d.id() + " changed under its row lock");
		}
	}

	void append(long documentId, OffsetDateTime at, Long actorId, String actorName, String action, String from, String to,
			String note) {
		jdbc.sql("""
				insert into document_event (document_id, at, actor_id, actor_name, action, from_status, to_status, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, at, actorId == null ? null : person(actorId), actorName, action, from, to,
						note == null ? "" : note)
				.update();
		events.publishEvent(new HistoryAppended(documentId, at, actorName, action, from, to, note == null ? "" : note));
	}

	/** The folded text of the document's PDF, for search. */
	void setBody(long documentId, String folded) {
		jdbc.sql("update document set body_folded = ? where id = ?").params(folded, documentId).update();
	}

	List<DocumentEvent> history(long documentId) {
		return jdbc.sql("select * from document_event where document_id = ? order by id").param(documentId)
				.query((rs, i) -> new DocumentEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
						(Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("action"),
						rs.getString("from_status"), rs.getString("to_status"), rs.getString("note")))
				.list();
	}

	void attach(long documentId, String purpose, int revision, String sha256, String fileName, String mediaType, long size,
			long uploadedBy) {
		jdbc.sql("""
				insert into document_file (document_id, purpose, revision, file_sha256, file_name, media_type, size,
				  uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, purpose, revision, sha256, fileName, mediaType, size, person(uploadedBy)).update();
	}

	List<DocumentFile> files(long documentId) {
		return jdbc.sql("select * from document_file where document_id = ? order by id").param(documentId)
				.query((rs, i) -> new DocumentFile(rs.getLong("id"), rs.getString("purpose"), rs.getInt("revision"),
						rs.getString("file_sha256"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size")))
				.list();
	}

	long assign(long documentId, String kind, String agencyCode, Long accountId, String name, LocalDate dueOn, String note,
			Long parentId, long assignedBy, OffsetDateTime at) {
		return jdbc.sql("""
				insert into document_assignment (document_id, kind, agency_code, account_id, assignee_name, due_on, note,
				  parent_id, assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(documentId, kind, agencyCode, accountId, name, dueOn, note, parentId, assignedBy, at)
				.query(Long.class).single();
	}

	List<Assignment> assignments(long documentId) {
		return jdbc.sql("select * from document_assignment where document_id = ? order by id").param(documentId)
				.query((rs, i) -> new Assignment(rs.getLong("id"), rs.getString("kind"), rs.getString("agency_code"),
						(Long) rs.getObject("account_id"), rs.getString("assignee_name"), rs.getObject("due_on", LocalDate.class),
						rs.getString("note"), (Long) rs.getObject("parent_id"), rs.getObject("assigned_at", OffsetDateTime.class),
						rs.getObject("completed_at", OffsetDateTime.class)))
				.list();
	}

	void completeAssignments(long documentId, OffsetDateTime at) {
		jdbc.sql("update document_assignment set completed_at = ? where document_id = ? and completed_at is null")
				.params(at, documentId).update();
	}

	void addReview(long documentId, int position, long accountId, String name, boolean signs) {
		jdbc.sql("""
				insert into document_review (document_id, position, account_id, reviewer_name, signs)
				values (?, ?, ?, ?, ?)""").params(documentId, position, accountId, name, signs).update();
	}

	List<Review> reviews(long documentId) {
		return jdbc.sql("select * from document_review where document_id = ? order by position").param(documentId)
				.query((rs, i) -> new Review(rs.getLong("id"), rs.getInt("position"), rs.getLong("account_id"),
						rs.getString("reviewer_name"), rs.getBoolean("signs"), rs.getString("decision"), rs.getString("comment"),
						rs.getObject("decided_at", OffsetDateTime.class)))
				.list();
	}

	void decide(long reviewId, String decision, String comment, OffsetDateTime at) {
		jdbc.sql("update document_review set decision = ?, comment = ?, decided_at = ? where id = ?")
				.params(decision, comment, at, reviewId).update();
	}

	/** A returned draft goes round the whole route again. */
	void reopenReviews(long documentId) {
		jdbc.sql("update document_review set decision = null, comment = '', decided_at = null where document_id = ?")
				.param(documentId).update();
	}

	void addRecipient(long documentId, String agencyCode, String name, boolean internal) {
		jdbc.sql("insert into document_recipient (document_id, agency_code, name, internal) values (?, ?, ?, ?)")
				.params(documentId, agencyCode, name, internal).update();
	}

	List<Recipient> recipients(long documentId) {
		return jdbc.sql("select * from document_recipient where document_id = ? order by id").param(documentId)
				.query((rs, i) -> new Recipient(rs.getLong("id"), rs.getString("agency_code"), rs.getString("name"),
						rs.getBoolean("internal"), rs.getString("status"), (Long) rs.getObject("delivered_id")))
				.list();
	}

	void delivered(long recipientId, String status, Long deliveredId) {
		jdbc.sql("update document_recipient set status = ?, delivered_id = ?, updated_at = now() where id = ?")
				.params(status, deliveredId, recipientId).update();
	}

	/** The sender's recipient row for an incoming document delivered inside the installation. */
	void recipientStatus(long originId, String agencyCode, String status) {
		jdbc.sql("update document_recipient set status = ?, updated_at = now() where document_id = ? and agency_code = ?")
				.params(status, originId, agencyCode).update();
	}

	/** An account id, or null for the system (account 0: a document registered from an edXML package). */
	private static Long person(long accountId) {
		return accountId == 0 ? null : accountId;
	}

	static Document row(ResultSet rs, int i) throws SQLException {
		return new Document(rs.getLong("id"), rs.getString("agency_code"), Direction.valueOf(rs.getString("direction")),
				(Long) rs.getObject("register_id"), (Integer) rs.getObject("year", Integer.class),
				(Integer) rs.getObject("number"), rs.getString("notation"), rs.getString("type_code"), rs.getString("subject"),
				rs.getString("issuer_name"), rs.getString("issuer_code"), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("arrived_at", OffsetDateTime.class), Urgency.valueOf(rs.getString("urgency")),
				Confidentiality.valueOf(rs.getString("confidentiality")), rs.getInt("page_count"),
				rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("signer_name"),
				rs.getString("signer_title"), rs.getString("source"), (Long) rs.getObject("origin_id"),
				(Long) rs.getObject("reply_to_id"), rs.getLong("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getInt("version"));
	}
}
