package vn.tinhso.document.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directive tables. */
@Repository
class Directives {

	private final JdbcClient jdbc;

	Directives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Directive d) {
		return jdbc.sql("""
				insert into directive (agency_code, content, source_kind, meeting_name, meeting_on, document_id,
				  source_label, lead_code, lead_name, due_on, expected_output, status, issued_by, issuer_name, created_at,
				  created_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(d.agencyCode(), d.content(), d.sourceKind(), d.meetingName(), d.meetingOn(), d.documentId(),
						d.sourceLabel(), d.leadCode(), d.leadName(), d.dueOn(), d.expectedOutput(), d.status(), d.issuedBy(),
						d.issuerName(), d.createdAt(), d.createdOn())
				.query(Long.class).single();
	}

	Optional<Directive> find(long id) {
		return jdbc.sql("select * from directive where id = ?").param(id).query(Directives::row).optional();
	}

	/** Reads and row-locks the directive: changes to one directive run one after another. */
	Optional<Directive> lock(long id) {
		return jdbc.sql("select * from directive where id = ? for update").param(id).query(Directives::row).optional();
	}

	/** Stores the changeable part of a directive read (and locked) at {@code expectedVersion}. */
	void update(Directive d, int expectedVersion) {
		int rows = jdbc.sql("""
				update directive set due_on = ?, status = ?, progress = ?, result_note = ?, closed_at = ?, completed_on = ?,
				  version = ? where id = ? and version = ?""")
				.params(d.dueOn(), d.status(), (short) d.progress(), d.resultNote(), d.closedAt(), d.completedOn(),
						expectedVersion + 1, d.id(), expectedVersion)
				.update();
		if (rows != 1) {
			throw new IllegalStateException("Directive " + d.id() + " changed under its row lock");
		}
	}

	void addUnit(long directiveId, String agencyCode, String name, String role) {
		jdbc.sql("insert into directive_unit (directive_id, agency_code, unit_name, role) values (?, ?, ?, ?)")
				.params(directiveId, agencyCode, name, role).update();
	}

	List<DirectiveUnit> units(long directiveId) {
		return jdbc.sql("select * from directive_unit where directive_id = ? order by role desc, unit_name")
				.param(directiveId).query(Directives::unit).list();
	}

	/** The units of several directives at once (one query for a page of a list). */
	Map<Long, List<DirectiveUnit>> units(Collection<Long> directiveIds) {
		if (directiveIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from directive_unit where directive_id in (:ids) order by role desc, unit_name")
				.param("ids", directiveIds)
				.query((rs, i) -> Map.entry(rs.getLong("directive_id"), unit(rs, i))).list().stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	void addProgress(long directiveId, String agencyCode, int percent, String note, String sha256, String fileName,
			long reportedBy, String reporterName, OffsetDateTime at) {
		jdbc.sql("""
				insert into directive_progress (directive_id, agency_code, percent, note, file_sha256, file_name,
				  reported_by, reporter_name, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(directiveId, agencyCode, (short) percent, note, sha256, fileName, reportedBy, reporterName, at)
				.update();
	}

	List<ProgressReport> progress(long directiveId) {
		return jdbc.sql("""
				select p.*, coalesce(u.unit_name, p.agency_code) as unit_name from directive_progress p
				left join directive_unit u on u.directive_id = p.directive_id and u.agency_code = p.agency_code
				where p.directive_id = ? order by p.id""")
				.param(directiveId)
				.query((rs, i) -> new ProgressReport(rs.getLong("id"), rs.getString("agency_code"), rs.getString("unit_name"),
						rs.getInt("percent"), rs.getString("note"), rs.getString("file_name"), rs.getString("reporter_name"),
						rs.getObject("reported_at", OffsetDateTime.class)))
				.list();
	}

	/** The stored file (SHA-256) of a progress report of the directive, if it has one. */
	Optional<String> progressFile(long directiveId, long reportId) {
		return jdbc.sql("select file_sha256 from directive_progress where directive_id = ? and id = ? and file_sha256 is not null")
				.params(directiveId, reportId).query(String.class).optional();
	}

	void append(long directiveId, OffsetDateTime at, long actorId, String actorName, String action, String from,
			String to, LocalDate fromDue, LocalDate toDue, String note) {
		jdbc.sql("""
				insert into directive_event (directive_id, at, actor_id, actor_name, action, from_status, to_status,
				  from_due, to_due, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(directiveId, at, actorId, actorName, action, from, to, fromDue, toDue, note == null ? "" : note)
				.update();
	}

	List<DirectiveEvent> history(long directiveId) {
		return jdbc.sql("select * from directive_event where directive_id = ? order by id").param(directiveId)
				.query((rs, i) -> new DirectiveEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
						rs.getString("actor_name"), rs.getString("action"), rs.getString("from_status"),
						rs.getString("to_status"), rs.getObject("from_due", LocalDate.class),
						rs.getObject("to_due", LocalDate.class), rs.getString("note")))
				.list();
	}

	static Directive row(ResultSet rs, int i) throws SQLException {
		return new Directive(rs.getLong("id"), rs.getString("agency_code"), rs.getString("content"),
				rs.getString("source_kind"), rs.getString("meeting_name"), rs.getObject("meeting_on", LocalDate.class),
				(Long) rs.getObject("document_id"), rs.getString("source_label"), rs.getString("lead_code"),
				rs.getString("lead_name"), rs.getObject("due_on", LocalDate.class), rs.getString("expected_output"),
				rs.getString("status"), rs.getInt("progress"), rs.getString("result_note"), rs.getLong("issued_by"),
				rs.getString("issuer_name"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("created_on", LocalDate.class), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getObject("completed_on", LocalDate.class), rs.getInt("version"));
	}

	private static DirectiveUnit unit(ResultSet rs, int i) throws SQLException {
		return new DirectiveUnit(rs.getString("agency_code"), rs.getString("unit_name"), rs.getString("role"));
	}
}
