package vn.tinhso.document.directive;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;

/**
 * Who may see and do what with a directive. It is seen by the issuing agency's leaders and clerks (held
 * there or above) and by the officials working in its lead and cooperating units; those units report
 * progress; the lead unit's leaders or the issuing agency's leaders complete it; only the issuing agency's
 * leaders extend or cancel it.
 */
@Component
class DirectiveAccess {

	/** The roles of people who work on directives inside a unit. */
	static final Set<Role> UNIT_STAFF = EnumSet.of(Role.CLERK, Role.LEADER, Role.SPECIALIST, Role.ONE_STOP_OFFICER);

	/** The roles that see everything an agency issued. */
	static final Set<Role> OVERSEERS = EnumSet.of(Role.LEADER, Role.CLERK);

	private final StaffAccess staff;

	DirectiveAccess(StaffAccess staff) {
		this.staff = staff;
	}

	boolean canSee(Actor actor, Directive d, List<DirectiveUnit> units) {
		return actor.isOfficial() && (oversees(actor, d.agencyCode()) || reportingUnit(actor, units).isPresent());
	}

	/** A leader or clerk of the agency (or above it): sees all its directives and its figures. */
	boolean oversees(Actor actor, String agencyCode) {
		return actor.isOfficial() && staff.holdsAnyRoleOver(actor.accountId(), OVERSEERS, agencyCode);
	}

	boolean leads(Actor actor, String agencyCode) {
		return actor.isOfficial() && staff.rolesOver(actor.accountId(), agencyCode).contains(Role.LEADER);
	}

	/** The unit of the directive the official works in (the lead first), if any: they report for it. */
	Optional<DirectiveUnit> reportingUnit(Actor actor, List<DirectiveUnit> units) {
		if (!actor.isOfficial()) {
			return Optional.empty();
		}
		return units.stream().sorted((a, b) -> a.role().equals(b.role()) ? 0 : DirectiveUnit.LEAD.equals(a.role()) ? -1 : 1)
				.filter(u -> staff.holdsAnyRoleWithin(actor.accountId(), UNIT_STAFF, u.agencyCode())).findFirst();
	}

	/** A leader working in the lead unit, or a leader of the issuing agency. */
	boolean canComplete(Actor actor, Directive d) {
		return actor.isOfficial() && (staff.holdsAnyRoleWithin(actor.accountId(), Set.of(Role.LEADER), d.leadCode())
				|| leads(actor, d.agencyCode()));
	}
}
