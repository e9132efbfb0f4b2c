package vn.tinhso.dossier.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.procedure.Procedure;

/** The dossier tables. */
@Repository
public class Dossiers {

	static final String SUMMARY = """
			select code, procedure_name, agency_code, applicant_name, status, step_role, submitted_at, due_at,
			       step_due_at, channel, assignee_name from dossier d""";

	private final JdbcClient jdbc;
	private final ProcedureSnapshots snapshots;

	Dossiers(JdbcClient jdbc, ProcedureSnapshots snapshots) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
	}

	long insert(String code, Procedure procedure, String agencyCode, Applicant a, long submittedBy, Channel channel,
			OffsetDateTime submittedAt, UUID submissionKey) {
		return jdbc.sql("""
				insert into dossier (code, procedure_code, procedure_name, snapshot_id, agency_code,
				  applicant_account_id, applicant_kind, applicant_name, applicant_id_number, applicant_email,
				  applicant_phone, applicant_address, submitted_by, channel, status, step_index, step_role,
				  submitted_at, submission_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?) returning id""")
				.params(code, procedure.code(), procedure.name(), snapshots.idOf(procedure), agencyCode,
						a.accountId(), a.kind(), a.name(), a.idNumber(), a.email(), a.phone(), a.address(), submittedBy,
						channel.code(), procedure.steps().get(0).role().name(), submittedAt, submissionKey)
				.query(Long.class).single();
	}

	/** The dossier already made from this form, when the same submission arrives twice. */
	Optional<String> codeOfSubmission(long submittedBy, UUID submissionKey) {
		return jdbc.sql("select code from dossier where submitted_by = ? and submission_key = ?")
				.params(submittedBy, submissionKey).query(String.class).optional();
	}

	public Optional<Dossier> findByCode(String code) {
		return jdbc.sql("select * from dossier where code = ?").param(code).query(this::row).optional();
	}

	/** Reads and row-locks the dossier: actions on one dossier run one after another. */
	Optional<Dossier> lock(String code) {
		return jdbc.sql("select * from dossier where code = ? for update").param(code).query(this::row).optional();
	}

	/** Stores the next state of a dossier read (and locked) at {@code expectedVersion}. */
	void update(Dossier d, int expectedVersion) {
		int rows = jdbc.sql("""
				update dossier set status = ?, outcome = ?, step_index = ?, step_role = ?, received_at = ?, due_at = ?,
				  step_due_at = ?, clock_budget_minutes = ?, clock_used_minutes = ?, clock_running_since = ?,
				  supplement_count = ?, processed_at = ?, returned_at = ?, result_electronic = ?, on_time = ?,
				  version = ?, assignee_id = ?, assignee_name = ?
				where id = ? and version = ?""")
				.params(d.status().code(), d.outcome(), d.stepIndex(), d.step().role().name(), d.receivedAt(), d.dueAt(),
						d.stepDueAt(), d.clock().budgetMinutes(), d.clock().usedMinutes(), d.clock().runningSince(),
						d.supplementCount(), d.processedAt(), d.returnedAt(), d.resultElectronic(), d.onTime(), d.version(),
						d.assignee() == null ? null : d.assignee().accountId(),
						d.assignee() == null ? null : d.assignee().name(), d.id(), expectedVersion)
				.update();
		if (rows != 1) {
			throw new IllegalStateException("Dossier " + d.code() + " changed under its row lock");
		}
	}

	void append(long dossierId, DossierEvent e) {
		jdbc.sql("""
				insert into dossier_event (dossier_id, at, actor_id, actor_name, action, from_status, to_status, from_step,
				  to_step, step_name, timeliness, note, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(dossierId, e.at(), e.actorId(), e.actorName(), e.action(), e.fromStatus(), e.toStatus(),
						e.fromStep(), e.toStep(), e.stepName(), e.timeliness(), e.note(), e.dueAt())
				.update();
	}

	void attach(long dossierId, String purpose, String componentCode, String sha256, String fileName, String mediaType,
			long size, long uploadedBy) {
		jdbc.sql("""
				insert into dossier_file (dossier_id, purpose, component_code, file_sha256, file_name, media_type, size,
				  uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(dossierId, purpose, componentCode, sha256, fileName, mediaType, size, uploadedBy).update();
	}

	void recordDelivery(long dossierId, ResultDelivery r, long recordedBy) {
		jdbc.sql("""
				insert into dossier_result_delivery (dossier_id, method, receiver_name, receiver_id_number, postal_tracking,
				  delivered_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(dossierId, r.method().name(), r.receiverName(), r.receiverIdNumber(), r.postalTracking(),
						r.deliveredAt(), recordedBy)
				.update();
	}

	/**
	 * {@link #delivery(long)} without asking the database before the dossier is returned: the delivery is
	 * recorded only by returning the result, in the transition to RETURNED, and no action leads out of it.
	 */
	public Optional<ResultDelivery> deliveryOf(Dossier d) {
		return d.status() == DossierStatus.RETURNED ? delivery(d.id()) : Optional.empty();
	}

	/** How the result was delivered, once it was returned. */
	public Optional<ResultDelivery> delivery(long dossierId) {
		return jdbc.sql("select * from dossier_result_delivery where dossier_id = ?").param(dossierId)
				.query((rs, i) -> new ResultDelivery(ResultDelivery.Method.valueOf(rs.getString("method")),
						rs.getString("receiver_name"), rs.getString("receiver_id_number"), rs.getString("postal_tracking"),
						rs.getObject("delivered_at", OffsetDateTime.class)))
				.optional();
	}

	public List<DossierEvent> history(long dossierId) {
		return jdbc.sql("select * from dossier_event where dossier_id = ? order by id").param(dossierId)
				.query((rs, i) -> new DossierEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
						(Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("action"),
						(Integer) rs.getObject("from_status"), rs.getInt("to_status"), (Integer) rs.getObject("from_step"),
						(Integer) rs.getObject("to_step"), rs.getString("step_name"), rs.getString("timeliness"),
						rs.getString("note"), rs.getObject("due_at", OffsetDateTime.class)))
				.list();
	}

	public List<DossierFile> files(long dossierId) {
		return jdbc.sql("select * from dossier_file where dossier_id = ? order by id").param(dossierId)
				.query((rs, i) -> new DossierFile(rs.getLong("id"), rs.getString("purpose"), rs.getString("component_code"),
						rs.getString("file_sha256"), rs.getString("file_name"), rs.getString("media_type"),
						rs.getLong("size"), rs.getObject("uploaded_at", OffsetDateTime.class)))
				.list();
	}

	public List<DossierSummary> ofApplicant(long accountId, int limit, int offset) {
		return jdbc.sql(SUMMARY + " where d.applicant_account_id = ? or d.submitted_by = ? order by d.submitted_at desc limit ? offset ?")
				.params(accountId, accountId, limit, offset).query(Dossiers::summary).list();
	}

	public long countOfApplicant(long accountId) {
		return jdbc.sql("select count(*) from dossier where applicant_account_id = ? or submitted_by = ?")
				.params(accountId, accountId).query(Long.class).single();
	}

	public List<DossierSummary> inbox(InboxQuery q, long accountId, OffsetDateTime now, OffsetDateTime soonLimit) {
		return jdbc.sql(InboxQuery.SCOPE + SUMMARY + q.where() + " order by d.due_at nulls first, d.submitted_at limit ? offset ?")
				.params(q.params(accountId, now, soonLimit)).param(q.size()).param(q.offset())
				.query(Dossiers::summary).list();
	}

	public long countInbox(InboxQuery q, long accountId, OffsetDateTime now, OffsetDateTime soonLimit) {
		return jdbc.sql(InboxQuery.SCOPE + "select count(*) from dossier d" + q.where()).params(q.params(accountId, now, soonLimit))
				.query(Long.class).single();
	}

	static DossierSummary summary(ResultSet rs, int i) throws SQLException {
		return new DossierSummary(rs.getString("code"), rs.getString("procedure_name"), rs.getString("agency_code"),
				rs.getString("applicant_name"), DossierStatus.of(rs.getInt("status")), rs.getString("step_role"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
				rs.getObject("step_due_at", OffsetDateTime.class), rs.getInt("channel"), rs.getString("assignee_name"));
	}

	private Dossier row(ResultSet rs, int i) throws SQLException {
		Procedure procedure = snapshots.byId(rs.getLong("snapshot_id"));
		Applicant applicant = new Applicant((Long) rs.getObject("applicant_account_id"), rs.getString("applicant_kind"),
				rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("applicant_email"),
				rs.getString("applicant_phone"), rs.getString("applicant_address"));
		Dossier.Clock clock = new Dossier.Clock((Long) rs.getObject("clock_budget_minutes"), rs.getLong("clock_used_minutes"),
				rs.getObject("clock_running_since", OffsetDateTime.class));
		return new Dossier(rs.getLong("id"), rs.getString("code"), procedure, rs.getString("agency_code"), applicant,
				rs.getLong("submitted_by"), Channel.of(rs.getInt("channel")), DossierStatus.of(rs.getInt("status")),
				rs.getString("outcome"), rs.getInt("step_index"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getObject("received_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
				rs.getObject("step_due_at", OffsetDateTime.class), clock, rs.getInt("supplement_count"),
				rs.getObject("processed_at", OffsetDateTime.class), rs.getObject("returned_at", OffsetDateTime.class),
				rs.getBoolean("result_electronic"), (Boolean) rs.getObject("on_time"), rs.getInt("version"),
				rs.getObject("assignee_id") == null ? null
						: new Dossier.Assignee(rs.getLong("assignee_id"), rs.getString("assignee_name")));
	}
}
