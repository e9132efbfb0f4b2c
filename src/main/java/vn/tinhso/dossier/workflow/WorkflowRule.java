package vn.tinhso.dossier.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.tinhso.dossier.DossierStatus;

/**
 * One row of the workflow table.
 *
 * @param actors roles held in the dossier's agency, {@link #STEP} or {@link #APPLICANT}
 * @param toStatus the status after the action; null keeps the current one
 * @param stepRole the role the current step must have, or null
 */
public record WorkflowRule(String action, Set<DossierStatus> from, DossierStatus toStatus, List<String> actors,
		String stepRole, boolean advanceStep, ClockEffect clock, boolean noteRequired, LocalDate effectiveFrom,
		LocalDate effectiveTo) {

	public static final String STEP = "STEP";
	public static final String APPLICANT = "APPLICANT";

	public boolean inEffectOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

	public boolean allowsApplicant() {
		return actors.contains(APPLICANT);
	}
}
