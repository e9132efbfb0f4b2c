package vn.tinhso.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;

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

	/** Active officials holding the role in exactly this agency, by name (for demo data and assignment lists). */
	public List<Actor> officialsWithRole(String agencyCode, Role role) {
		return jdbc.sql("""
				select acc.id, acc.username, acc.display_name from official_role r
				join agency a on a.id = r.agency_id and a.code = ?
				join account acc on acc.id = r.account_id and acc.active
				where r.role = ? order by acc.display_name""")
				.params(agencyCode, role.name())
				.query((rs, i) -> new Actor(rs.getLong(1), rs.getString(2), rs.getString(3), AccountKind.OFFICIAL)).list();
	}

	/**
	 * In one read: every role the official holds anywhere, and those of them held over the agency (by code: in it
	 * or in one of its ancestors), for a request that checks both.
	 */
	public RoleReach reach(long accountId, String agencyCode) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		Set<Role> over = EnumSet.noneOf(Role.class);
		jdbc.sql("""
				select r.role, target.id is not null from official_role r
				  join agency holder on holder.id = r.agency_id
				  join account acc on acc.id = r.account_id and acc.active
				  left join agency target on target.code = ? and target.path like holder.path || '%'
				  where r.account_id = ?""")
				.params(agencyCode, accountId).query(rs -> {
					Role role = Role.valueOf(rs.getString(1));
					held.add(role);
					if (rs.getBoolean(2)) {
						over.add(role);
					}
				});
		return new RoleReach(held, over);
	}

	/** Active officials holding any of the roles in exactly this agency (each once). */
	public List<Actor> officialsWithAnyRole(String agencyCode, Set<Role> roles) {
		return jdbc.sql("""
				select distinct acc.id, acc.username, acc.display_name from official_role r
				join agency a on a.id = r.agency_id and a.code = :code
				join account acc on acc.id = r.account_id and acc.active
				where r.role in (:roles) order by acc.display_name""")
				.param("code", agencyCode).param("roles", roles.stream().map(Role::name).toList())
				.query((rs, i) -> new Actor(rs.getLong(1), rs.getString(2), rs.getString(3), AccountKind.OFFICIAL)).list();
	}

	/** Every role the official holds over the agency (by code): in it or in one of its ancestors. */
	public Set<Role> rolesOver(long accountId, String agencyCode) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("""
				select distinct r.role from official_role r
				  join agency holder on holder.id = r.agency_id
				  join agency target on target.code = ? and target.path like holder.path || '%'
				  join account acc on acc.id = r.account_id and acc.active
				  where r.account_id = ?""")
				.params(agencyCode, accountId).query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
		return roles;
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

	/** True when the official holds one of the roles in the agency (by code) or in a unit below it: works there. */
	public boolean holdsAnyRoleWithin(long accountId, java.util.Collection<Role> roles, String agencyCode) {
		return jdbc.sql("""
				select exists (select 1 from official_role r
				  join agency holder on holder.id = r.agency_id
				  join agency unit on unit.code = :code and holder.path like unit.path || '%'
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
