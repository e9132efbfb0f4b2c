package vn.tinhso.feedback.report;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;

/**
 * Who stands how to a report, read fresh on every request so a revoked role stops working at once.
 * Operators: the IOC role held anywhere. Agency officials: a processing role in the responsible agency
 * or above it (as for dossiers). Nobody else sees a report beyond its public view.
 */
@Component
class ReportAccess {

	static final Set<Role> PROCESSING = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER, Role.CLERK);

	private final StaffAccess staff;

	ReportAccess(StaffAccess staff) {
		this.staff = staff;
	}

	boolean isOperator(Actor actor) {
		return actor.isOfficial() && !actor.isSystem()
				&& staff.grants(actor.accountId()).stream().anyMatch(g -> g.role() == Role.IOC_OPERATOR);
	}

	/** Every relation of the actor to the report; empty: they see only what the public sees. */
	Set<Relation> relations(Actor actor, Report r) {
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		if (!actor.isOfficial()) {
			if (r.reportedBy(actor.accountId())) {
				relations.add(Relation.REPORTER);
			}
			return relations;
		}
		if (isOperator(actor)) {
			relations.add(Relation.OPERATOR);
		}
		if (r.agencyCode() != null) {
			Set<Role> held = staff.rolesOver(actor.accountId(), r.agencyCode());
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
}
