package vn.tinhso.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.RequestOrigin;

/** Appends to and reads the audit chain. */
@Service
public class AuditLog {

	/** Serialises appends so each entry links to the true predecessor. */
	private static final long CHAIN_LOCK = 0x7A5D17L;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action by the current user, from the current request's address, in the caller's
	 * transaction (or a new one).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String targetType, String targetId, String details) {
		Actor actor = Actors.current().orElse(null);
		String actorName = actor == null ? "system" : actor.username();
		Long actorId = actor == null ? null : actor.accountId();
		append(actorId, actorName, RequestOrigin.clientAddress().orElse(null), action, targetType, targetId, details);
	}

	/**
	 * Records an action for an explicitly named actor: a background job acting for the user who
	 * started it, or a failed login where nobody is authenticated ({@code actor} null).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordFor(Actor actor, String actorName, String clientIp, String action, String targetType,
			String targetId, String details) {
		append(actor == null || actor.isSystem() ? null : actor.accountId(), actor == null ? actorName : actor.username(), clientIp,
				action, targetType, targetId, details);
	}

	private void append(Long actorId, String actorName, String clientIp, String action, String targetType,
			String targetId, String details) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		String prev = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class)
				.optional().orElse(AuditHashes.GENESIS);
		// Microsecond precision: what PostgreSQL stores is what we hash.
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
		String safeDetails = details == null ? "" : details;
		String hash = AuditHashes.hash(prev, at, actorId, actorName, clientIp, action, targetType, targetId, safeDetails);
		jdbc.sql("""
				insert into audit_event (occurred_at, actor_id, actor_name, client_ip, action, target_type, target_id,
				                         details, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(at, actorId, actorName, clientIp, action, targetType, targetId, safeDetails, prev, hash)
				.update();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> recent(String query, int limit, long beforeId) {
		String like = query == null || query.isBlank() ? null : vn.tinhso.platform.VietnameseText.containsPattern(query.strip().toLowerCase());
		return jdbc.sql("""
				select * from audit_event
				where id < ? and (cast(? as text) is null or lower(action) like ? or lower(actor_name) like ?
				       or lower(coalesce(target_id, '')) like ?)
				order by id desc limit ?""")
				.params(beforeId, like, like, like, like, limit)
				.query(AuditLog::entry).list();
	}

	static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
				(Long) rs.getObject("actor_id"), rs.getString("actor_name"), rs.getString("client_ip"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
