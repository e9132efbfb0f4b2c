package vn.tinhso.feedback.report;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleReach;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;

/**
 * Who stands how to a report, read fresh on every request so a revoked role stops working at once.
 * Operators: the IOC role held anywhere. Agency officials: a processing role in the responsible agency
 * or above it (as for dossiers). Nobody else sees a report beyond its public view.
 */
@Component
public class ReportAccess {

	static final Set<Role> PROCESSING = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER, Role.CLERK);
	private static final String PROCESSING_SQL = PROCESSING.stream().map(r -> "'" + r.name() + "'")
			.collect(Collectors.joining(", "));

	private final StaffAccess staff;
	ReportAccess(StaffAccess staff) {
		this.staff = staff;
	}

	/**
	 * What one read of an official's roles says: whether they are an operator, and which roles they hold over
	 * one agency (in it or above it). Read once per request; {@link #relations(Actor, Report, Standing)} asks
	 * it again about the same agency, e.g. for the report after an action.
	 */
	record Standing(boolean operator, String agencyCode, Set<Role> rolesOver) {

		private static final Standing NONE = new Standing(false, null, Set.of());
	}

	/** The official's roles over the report's agency and whether they are an operator, in one read. */
	Standing standing(Actor actor, String agencyCode) {
		if (!actor.isOfficial()) {
			return Standing.NONE;
		}
		RoleReach reach = staff.reach(actor.accountId(), agencyCode);
		return new Standing(!actor.isSystem() && reach.held().contains(Role.IOC_OPERATOR), agencyCode, reach.over());
	}

	/**
	 * The active official of that user name (in any case) who holds a processing role in exactly this agency,
	 * not above it: who may be named the handler of its reports.
	 */
	Optional<Actor> handlerIn(String agencyCode, String username) {
		return staff.officialsWithAnyRole(agencyCode, PROCESSING).stream()
				.filter(o -> o.username().equalsIgnoreCase(username)).findFirst();
	}

	/** An IOC operator: an official (not the system) holding the IOC role somewhere. */
	public boolean isOperator(Actor actor) {
		return actor.isOfficial() && !actor.isSystem()
				&& staff.grants(actor.accountId()).stream().anyMatch(g -> g.role() == Role.IOC_OPERATOR);
	}

	/** Every relation of the actor to the report; empty: they see only what the public sees. */
	Set<Relation> relations(Actor actor, Report r) {
		return relations(actor, r, standing(actor, r.agencyCode()));
	}

	/**
	 * The relations, from roles already read when they were read for the report's agency or the report has
	 * none (being an operator does not depend on it); read again otherwise (it moved to another agency since).
	 */
	Set<Relation> relations(Actor actor, Report r, Standing standing) {
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		if (!actor.isOfficial()) {
			if (r.reportedBy(actor.accountId())) {
				relations.add(Relation.REPORTER);
			}
			return relations;
		}
		Standing s = r.agencyCode() == null || r.agencyCode().equals(standing.agencyCode()) ? standing
				: standing(actor, r.agencyCode());
		if (s.operator()) {
			relations.add(Relation.OPERATOR);
		}
		if (r.agencyCode() != null) {
			Set<Role> held = s.rolesOver();
			if (held.contains(Role.LEADER)) {
				relations.add(Relation.LEADER);
			}
			if (held.stream().anyMatch(PROCESSING::contains)) {
				relations.add(Relation.STAFF);
			}
			if (r.handlerId() != null && r.handlerId() == actor.accountId()) {
				relations.add(Relation.HANDLER);
			}
		}
		return relations;
	}

	/**
	 * SQL that keeps the reports of the agencies where an (active) account holds a processing role, units
	 * below included: what an official's inbox and figures cover, as {@link #relations} decides per report.
	 *
	 * @param agencyColumn the report's agency code column, as the query names it
	 * @param account the parameter of the account id (a "?" or a ":name")
	 */
	static String agencyScope(String agencyColumn, String account) {
		return """
				%s in (select target.code from official_role o
				  join agency holder on holder.id = o.agency_id
				  join agency target on target.path like holder.path || '%%'
				  join account acc on acc.id = o.account_id and acc.active
				  where o.account_id = %s and o.role in (%s))""".formatted(agencyColumn, account, PROCESSING_SQL);
	}
}
