package vn.tinhso.directory.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;

/**
 * Who may manage what in the directory: a system administrator everything, an agency administrator
 * their agency and its subtree, nobody else anything. Checked against the database on every call.
 */
@Component
public class ManagementScope {

	private final JdbcClient jdbc;
	private final StaffAccess staff;

	ManagementScope(JdbcClient jdbc, StaffAccess staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	public boolean isSystemAdmin(Actor actor) {
		if (actor != null && actor.isSystem()) {
			return true;
		}
		return actor != null && actor.isOfficial() && jdbc.sql("""
				select exists (select 1 from official_role r join account a on a.id = r.account_id and a.active
				               where r.account_id = ? and r.role = 'SYSTEM_ADMIN')""")
				.param(actor.accountId()).query(Boolean.class).single();
	}

	public boolean canManage(Actor actor, long agencyId) {
		return isSystemAdmin(actor)
				|| (actor != null && actor.isOfficial() && staff.holdsRoleOver(actor.accountId(), Role.AGENCY_ADMIN, agencyId));
	}

	public void requireManage(Actor actor, long agencyId) {
		if (!canManage(actor, agencyId)) {
			throw DomainException.forbidden("agency.outside-scope");
		}
	}

	/**
	 * SQL condition limiting rows whose agency path column is {@code pathColumn} to the actor's
	 * scope; takes the actor's account id as its single parameter. System administrators get "true".
	 */
	public String pathFilter(Actor actor, String pathColumn) {
		if (isSystemAdmin(actor)) {
			return "(cast(? as bigint) is not null)";
		}
		return "exists (select 1 from official_role sr join agency sa on sa.id = sr.agency_id "
				+ "where sr.account_id = ? and sr.role = 'AGENCY_ADMIN' and " + pathColumn + " like sa.path || '%')";
	}
}
