package vn.tinhso.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which roles an official holds where, read fresh from the database on every call so that a revoked
 * role stops working at once.
 */
@Service
public class StaffAccess {

	private final JdbcClient jdbc;

	StaffAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RoleGrant> grants(long accountId) {
		return jdbc.sql("""
				select r.role, a.id, a.code, a.name from official_role r
				join agency a on a.id = r.agency_id
				join account acc on acc.id = r.account_id and acc.active
				where r.account_id = ? order by a.code, r.role""")
				.param(accountId)
				.query((rs, i) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
						rs.getString(4)))
				.list();
	}

	/** True when the official holds one of the roles in the agency (by code) or in one of its ancestors. */
	public boolean holdsAnyRoleOver(long accountId, java.util.Collection<Role> roles, String agencyCode) {
		return jdbc.sql("""
				select exists (select 1 from official_role r
				  join agency holder on holder.id = r.agency_id
				  join agency target on target.code = :code and target.path like holder.path || '%'
				  join account acc on acc.id = r.account_id and acc.active
				  where r.account_id = :account and r.role in (:roles))""")
				.param("code", agencyCode).param("account", accountId)
				.param("roles", roles.stream().map(Enum::name).toList())
				.query(Boolean.class).single();
	}

	/** True when the official holds the role in the agency itself or in one of its ancestors. */
	public boolean holdsRoleOver(long accountId, Role role, long agencyId) {
		return jdbc.sql("""
				select exists (select 1 from official_role r
				  join agency holder on holder.id = r.agency_id
				  join agency target on target.id = ? and target.path like holder.path || '%'
				  join account acc on acc.id = r.account_id and acc.active
				  where r.account_id = ? and r.role = ?)""")
				.params(agencyId, accountId, role.name())
				.query(Boolean.class).single();
	}
}
