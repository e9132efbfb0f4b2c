package vn.tinhso.document.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;

/**
 * Who may see a document. An ordinary one: the officials of its agency (and of the agencies above),
 * and the units and people it was assigned to. A secret one: only the clerk who registered or the person
 * who drafted it, the people it was assigned to or who review it, and the agency's leaders.
 */
@Component
class DocumentAccess {

	static final Set<Role> STAFF = EnumSet.of(Role.CLERK, Role.LEADER, Role.SPECIALIST, Role.ONE_STOP_OFFICER);

	private final StaffAccess staff;

	DocumentAccess(StaffAccess staff) {
		this.staff = staff;
	}

	boolean canSee(Actor actor, Document d, List<Assignment> assignments, List<Review> reviews) {
		if (!actor.isOfficial()) {
			return false;
		}
		long me = actor.accountId();
		if (d.createdBy() == me || assignments.stream().anyMatch(a -> a.accountId() != null && a.accountId() == me)
				|| reviews.stream().anyMatch(r -> r.accountId() == me)) {
			return true;
		}
		if (d.confidentiality().secret()) {
			return staff.holdsAnyRoleOver(me, Set.of(Role.LEADER), d.agencyCode());
		}
		if (staff.holdsAnyRoleOver(me, STAFF, d.agencyCode())) {
			return true;
		}
		return assignments.stream().anyMatch(a -> a.agencyCode() != null && staff.holdsAnyRoleOver(me, STAFF, a.agencyCode()));
	}

	Set<Role> rolesOver(Actor actor, String agencyCode) {
		return actor.isOfficial() ? staff.rolesOver(actor.accountId(), agencyCode) : Set.of();
	}

	void require(Actor actor, Role role, String agencyCode, String action) {
		if (!rolesOver(actor, agencyCode).contains(role)) {
			throw DomainException.forbidden("document.action.forbidden", action);
		}
	}
}
