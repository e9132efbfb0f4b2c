package vn.tinhso.feedback.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.photo.StoredPhoto;

/** The report tables: reports, their history, photos and followers. */
@Repository
public class FieldReports {

	private final JdbcClient jdbc;

	FieldReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new report's row, stored with its next code ({@link ReportCodes}) and the history entry of its sending
	 * (by {@code actorId}, null for none, named {@code actorName}) in one statement; empty when the same
	 * idempotency key was used before (the first one wins, and nothing is written).
	 */
	Optional<Report> insert(LocalDate day, UUID token, String categoryCode, String description, Place place,
			Reporter reporter, String channel, Long enteredBy, Long apiKeyId, String mediaUrl, String idempotencyScope,
			UUID idempotencyKey, OffsetDateTime now, OffsetDateTime refuseDue, Long actorId, String actorName) {
		return jdbc.sql("""
				with created as (
				  insert into feedback_report (code, token, category_code, description, lat, lon, address, commune_code,
				    status, channel, anonymous, reporter_account_id, reporter_name, reporter_email, reporter_phone,
				    reporter_chat_id, entered_by, api_key_id, media_url, idempotency_scope, idempotency_key, submitted_at,
				    updated_at, refuse_due_at)
				  values (%s, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				  on conflict (idempotency_scope, idempotency_key) do nothing returning *),
				sent as (
				  insert into feedback_event (report_id, at, actor_id, actor_name, action, from_status, to_status, agency_code,
				    note, public, public_note)
				  select id, submitted_at, ?::bigint, ?, ?, null, status, agency_code, '', true, false from created)
				select * from created""".formatted(ReportCodes.NEXT))
				.params(ReportCodes.day(day), token, categoryCode, description, place.lat(), place.lon(), place.address(),
						place.communeCode(), channel, reporter.anonymous(), reporter.accountId(), reporter.name(),
						reporter.email(), reporter.phone(), reporter.chatId(), enteredBy, apiKeyId, mediaUrl, idempotencyScope,
						idempotencyKey, now, now, refuseDue, actorId, actorName, Action.SUBMIT)
				.query(FieldReports::row).optional();
	}

	Optional<Report> findByIdempotency(String scope, UUID key) {
		return jdbc.sql("select * from feedback_report where idempotency_scope = ? and idempotency_key = ?")
				.params(scope, key).query(FieldReports::row).optional();
	}

	public Optional<Report> find(long id) {
		return jdbc.sql("select * from feedback_report where id = ?").param(id).query(FieldReports::row).optional();
	}

	public Optional<Report> findByCode(String code) {
		return jdbc.sql("select * from feedback_report where code = ?").param(code).query(FieldReports::row).optional();
	}

	public Optional<Report> findByToken(UUID token) {
		return jdbc.sql("select * from feedback_report where token = ?").param(token).query(FieldReports::row).optional();
	}

	/** Reads and row-locks a report: actions on one report run one after another. */
	Optional<Report> lock(String code) {
		return jdbc.sql("select * from feedback_report where code = ? for update").param(code).query(FieldReports::row).optional();
	}

	/**
	 * Stores the handling state of a report read (and locked) at its version and appends the history entry of
	 * the change, in one statement; answers the row as stored (at its new version).
	 */
	Report update(Report r, ReportEvent e) {
		return jdbc.sql("""
				with changed as (
				  update feedback_report set public_description = ?, status = ?, agency_code = ?, handler_id = ?,
				    handler_name = ?, reject_reason = ?, merged_into = ?, answer = ?, hidden = ?, rating = ?,
				    rating_comment = ?, reopen_count = ?, verified_at = ?, assigned_at = ?, resolved_at = ?, rated_at = ?,
				    updated_at = ?, resolve_due_at = ?, publish_due_at = ?, info_requested_at = ?, info_return_status = ?,
				    version = version + 1
				  where id = ? and version = ? returning *),
				entry as (
				  insert into feedback_event (report_id, at, actor_id, actor_name, action, from_status, to_status, agency_code,
				    note, public, public_note)
				  select id, ?::timestamptz, ?::bigint, ?, ?, ?, ?, ?, ?, ?::boolean, ?::boolean from changed)
				select * from changed""")
				.params(r.publicDescription(), r.status().name(), r.agencyCode(), r.handlerId(), r.handlerName(),
						r.rejectReason(), r.mergedInto(), r.answer(), r.hidden(), r.rating(), r.ratingComment(),
						r.reopenCount(), r.verifiedAt(), r.assignedAt(), r.resolvedAt(), r.ratedAt(), r.updatedAt(),
						r.resolveDueAt(), r.publishDueAt(), r.infoRequestedAt(),
						r.infoReturnStatus() == null ? null : r.infoReturnStatus().name(), r.id(), r.version(),
						e.at(), e.actorId(), e.actorName(), e.action(), e.fromStatus() == null ? null : e.fromStatus().name(),
						e.toStatus().name(), e.agencyCode(), e.note(), e.publicEntry(), e.publicNote())
				.query(FieldReports::row).optional()
				.orElseThrow(() -> new IllegalStateException("Report " + r.code() + " changed under its row lock"));
	}

	void append(long reportId, ReportEvent e) {
		jdbc.sql("""
				insert into feedback_event (report_id, at, actor_id, actor_name, action, from_status, to_status, agency_code,
				  note, public, public_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(reportId, e.at(), e.actorId(), e.actorName(), e.action(),
						e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.agencyCode(), e.note(),
						e.publicEntry(), e.publicNote())
				.update();
	}

	public List<ReportEvent> history(long reportId) {
		return jdbc.sql("select * from feedback_event where report_id = ? order by id").param(reportId)
				.query(FieldReports::event).list();
	}

	void attach(long reportId, String purpose, StoredPhoto p, Long uploadedBy) {
		jdbc.sql("""
				insert into feedback_photo (report_id, purpose, original_sha256, public_sha256, width, height, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(reportId, purpose, p.originalSha256(), p.publicSha256(), p.width(), p.height(), uploadedBy).update();
	}

	void replacePublished(long photoId, String publicSha256) {
		jdbc.sql("update feedback_photo set public_sha256 = ? where id = ?").params(publicSha256, photoId).update();
	}

	public List<ReportPhoto> photos(long reportId) {
		return jdbc.sql("select * from feedback_photo where report_id = ? order by id").param(reportId)
				.query((rs, i) -> new ReportPhoto(rs.getLong("id"), rs.getString("purpose"), rs.getString("original_sha256"),
						rs.getString("public_sha256"), rs.getInt("width"), rs.getInt("height")))
				.list();
	}

	boolean follow(long reportId, long accountId) {
		return jdbc.sql("insert into feedback_follower (report_id, account_id) values (?, ?) on conflict do nothing")
				.params(reportId, accountId).update() == 1;
	}

	/** A duplicate's reporter and followers follow the report it was merged into. */
	void moveFollowers(Report duplicate, long targetId) {
		if (duplicate.reporter().accountId() != null) {
			follow(targetId, duplicate.reporter().accountId());
		}
		jdbc.sql("""
				insert into feedback_follower (report_id, account_id)
				select ?, account_id from feedback_follower where report_id = ? on conflict do nothing""")
				.params(targetId, duplicate.id()).update();
	}

	public int followerCount(long reportId) {
		return jdbc.sql("select count(*) from feedback_follower where report_id = ?").param(reportId)
				.query(Integer.class).single();
	}

	public boolean follows(long reportId, long accountId) {
		return jdbc.sql("select exists (select 1 from feedback_follower where report_id = ? and account_id = ?)")
				.params(reportId, accountId).query(Boolean.class).single();
	}

	/** The e-mail addresses to tell about a step: the reporter's and the active followers'. */
	List<String> recipientEmails(Report r) {
		List<String> emails = reporterEmail(r);
		jdbc.sql("""
				select a.email from feedback_follower f join account a on a.id = f.account_id and a.active
				where f.report_id = ? and coalesce(a.email, '') <> '' order by f.since""")
				.param(r.id()).query(String.class).list().stream().filter(e -> !emails.contains(e)).forEach(emails::add);
		return emails;
	}

	/** The reporter's e-mail address, if they gave one: all there is to tell about a report nobody follows yet. */
	static List<String> reporterEmail(Report r) {
		List<String> emails = new ArrayList<>();
		if (!r.reporter().email().isBlank()) {
			emails.add(r.reporter().email());
		}
		return emails;
	}

	/** Open, visible reports of a category in a box of latitudes and longitudes. */
	List<Report> openIn(String category, double minLat, double maxLat, double minLon, double maxLon) {
		return jdbc.sql("""
				select * from feedback_report where category_code = ? and lat between ? and ? and lon between ? and ?
				  and not hidden and status in ('SUBMITTED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED')
				order by submitted_at desc limit 200""")
				.params(category, minLat, maxLat, minLon, maxLon).query(FieldReports::row).list();
	}

	public List<Report> ofReporter(long accountId, int limit, int offset) {
		return jdbc.sql("select * from feedback_report where reporter_account_id = ? order by submitted_at desc limit ? offset ?")
				.params(accountId, limit, offset).query(FieldReports::row).list();
	}

	public long countOfReporter(long accountId) {
		return jdbc.sql("select count(*) from feedback_report where reporter_account_id = ?").param(accountId)
				.query(Long.class).single();
	}

	public List<Report> list(ReportList q) {
		List<Object> params = new ArrayList<>();
		String where = q.where(params);
		params.add(q.size());
		params.add(q.offset());
		return jdbc.sql("select r.* from feedback_report r" + where + " order by r.submitted_at desc, r.id desc limit ? offset ?")
				.params(params).query(FieldReports::row).list();
	}

	public long count(ReportList q) {
		List<Object> params = new ArrayList<>();
		String where = q.where(params);
		return jdbc.sql("select count(*) from feedback_report r" + where).params(params).query(Long.class).single();
	}

	/** Visible reports for Open311, newest first. */
	public List<Report> search(ReportSearch q) {
		List<Object> params = new ArrayList<>();
		String where = q.where(params);
		params.add(q.limit());
		params.add(q.offset());
		return jdbc.sql("select r.* from feedback_report r" + where + " order by r.submitted_at desc, r.id desc limit ? offset ?")
				.params(params).query(FieldReports::row).list();
	}

	/** Public steps of visible reports in a time range, oldest first. */
	public List<PublicUpdate> publicUpdates(OffsetDateTime from, OffsetDateTime to, int limit, int offset) {
		return jdbc.sql("""
				select e.id, r.code, e.action, e.to_status, e.at, case when e.public_note then e.note else '' end as note,
				  case when e.action = 'RESOLVE' then (select min(p.id) from feedback_photo p
				    where p.report_id = r.id and p.purpose = 'ANSWER') end as photo_id
				from feedback_event e join feedback_report r on r.id = e.report_id
				where e.public and not r.hidden and e.at >= ? and e.at <= ?
				order by e.id limit ? offset ?""")
				.params(from, to, limit, offset)
				.query((rs, i) -> new PublicUpdate(rs.getLong("id"), rs.getString("code"), rs.getString("action"),
						ReportStatus.valueOf(rs.getString("to_status")), time(rs, "at"), rs.getString("note"),
						(Long) rs.getObject("photo_id")))
				.list();
	}

	/** The first photo of each purpose of a report, for Open311's single media_url. */
	public Optional<Long> firstPhoto(long reportId, String purpose) {
		return jdbc.sql("select id from feedback_photo where report_id = ? and purpose = ? order by id limit 1").params(reportId, purpose)
				.query(Long.class).optional();
	}

	public Optional<String> codeOf(long id) {
		return jdbc.sql("select code from feedback_report where id = ?").param(id).query(String.class).optional();
	}

	static Report row(ResultSet rs, int i) throws SQLException {
		Place place = new Place((Double) rs.getObject("lat"), (Double) rs.getObject("lon"), rs.getString("address"),
				rs.getString("commune_code"));
		Reporter reporter = new Reporter((Long) rs.getObject("reporter_account_id"), rs.getString("reporter_name"),
				rs.getString("reporter_email"), rs.getString("reporter_phone"), rs.getBoolean("anonymous"),
				rs.getString("reporter_chat_id"));
		Integer rating = (Integer) rs.getObject("rating", Integer.class);
		String infoReturn = rs.getString("info_return_status");
		return new Report(rs.getLong("id"), rs.getString("code"), rs.getObject("token", UUID.class),
				rs.getString("category_code"), rs.getString("description"), place, reporter, rs.getString("channel"),
				(Long) rs.getObject("entered_by"), rs.getString("media_url"), time(rs, "submitted_at"),
				time(rs, "refuse_due_at"), rs.getInt("version"))
				.handling(rs.getString("public_description"), ReportStatus.valueOf(rs.getString("status")),
						rs.getString("agency_code"), (Long) rs.getObject("handler_id"), rs.getString("handler_name"),
						rs.getString("reject_reason"), (Long) rs.getObject("merged_into"), rs.getString("answer"),
						rs.getBoolean("hidden"), rating, rs.getString("rating_comment"), rs.getInt("reopen_count"))
				.times(time(rs, "verified_at"), time(rs, "assigned_at"), time(rs, "resolved_at"), time(rs, "rated_at"),
						time(rs, "updated_at"), time(rs, "resolve_due_at"), time(rs, "publish_due_at"))
				.info(time(rs, "info_requested_at"), infoReturn == null ? null : ReportStatus.valueOf(infoReturn));
	}

	private static ReportEvent event(ResultSet rs, int i) throws SQLException {
		String from = rs.getString("from_status");
		return new ReportEvent(rs.getLong("id"), time(rs, "at"), (Long) rs.getObject("actor_id"), rs.getString("actor_name"),
				rs.getString("action"), from == null ? null : ReportStatus.valueOf(from),
				ReportStatus.valueOf(rs.getString("to_status")), rs.getString("agency_code"), rs.getString("note"),
				rs.getBoolean("public"), rs.getBoolean("public_note"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
