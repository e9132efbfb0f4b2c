package vn.tinhso.directory.official;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;

/** Officials: the official table joined with their account and home agency. */
@Repository
public class Officials {

	private static final String SELECT = """
			select acc.id, acc.username, acc.display_name, acc.email, acc.phone, acc.active, acc.totp_enabled,
			       acc.locked_until, acc.version, o.position, ag.id as agency_id, ag.code, ag.name as agency_name
			from official o join account acc on acc.id = o.account_id join agency ag on ag.id = o.agency_id""";

	private final JdbcClient jdbc;

	Officials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OfficialRecord> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(acc.username) = lower(?)").param(username)
				.query(this::row).optional();
	}

	/**
	 * Officials whose home agency matches {@code scopeFilter} (an SQL condition on {@code ag.path}
	 * taking the actor id), optionally filtered by text, agency subtree and role.
	 */
	public List<OfficialRecord> search(String scopeFilter, long actorId, OfficialQuery q) {
		return jdbc.sql(SELECT + " where " + scopeFilter + " " + OfficialQuery.WHERE
				+ " order by ag.path, acc.display_name limit ? offset ?")
				.param(actorId).params(q.whereParams()).param(q.size()).param(q.page() * q.size())
				.query(this::row).list();
	}

	public long count(String scopeFilter, long actorId, OfficialQuery q) {
		return jdbc.sql("select count(*) from official o join account acc on acc.id = o.account_id "
				+ "join agency ag on ag.id = o.agency_id where " + scopeFilter + " " + OfficialQuery.WHERE)
				.param(actorId).params(q.whereParams()).query(Long.class).single();
	}

	void insert(long accountId, long agencyId, String position) {
		jdbc.sql("insert into official (account_id, agency_id, position) values (?, ?, ?)")
				.params(accountId, agencyId, position).update();
	}

	void update(long accountId, long agencyId, String position) {
		jdbc.sql("update official set agency_id = ?, position = ?, updated_at = now() where account_id = ?")
				.params(agencyId, position, accountId).update();
	}

	void replaceRoles(long accountId, List<ResolvedRole> roles) {
		jdbc.sql("delete from official_role where account_id = ?").param(accountId).update();
		for (ResolvedRole r : roles) {
			jdbc.sql("insert into official_role (account_id, agency_id, role) values (?, ?, ?)")
					.params(accountId, r.agencyId(), r.role().name()).update();
		}
	}

	/** A role with its agency looked up. */
	public record ResolvedRole(Role role, long agencyId, String agencyCode) {
	}

	private OfficialRecord row(ResultSet rs, int i) throws SQLException {
		long id = rs.getLong("id");
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		return new OfficialRecord(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("position"), rs.getLong("agency_id"), rs.getString("code"),
				rs.getString("agency_name"), rs.getBoolean("active"), rs.getBoolean("totp_enabled"),
				lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now()), rs.getInt("version"),
				roles(id));
	}

	List<RoleGrant> roles(long accountId) {
		return jdbc.sql("""
				select r.role, a.id, a.code, a.name from official_role r join agency a on a.id = r.agency_id
				where r.account_id = ? order by a.code, r.role""")
				.param(accountId)
				.query((rs, i) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
						rs.getString(4)))
				.list();
	}

}
