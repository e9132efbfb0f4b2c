package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.procedure.Procedure;

/** A dossier's current state; every change also appends a {@link DossierEvent}. */
public record Dossier(long id, String code, Procedure procedure, String agencyCode, Applicant applicant,
		long submittedBy, Channel channel, DossierStatus status, String outcome, int stepIndex,
		OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime stepDueAt,
		Clock clock, int supplementCount, OffsetDateTime processedAt, OffsetDateTime returnedAt,
		boolean resultElectronic, Boolean onTime, int version, Assignee assignee) {

	/** The official the current step was handed to by name; null when anyone with the step's role may take it. */
	public record Assignee(long accountId, String name) {
	}

	/** The processing clock in minutes of working time; {@code runningSince} null while paused or stopped. */
	public record Clock(Long budgetMinutes, long usedMinutes, OffsetDateTime runningSince) {
	}

	public ProcessStep step() {
		return procedure.steps().get(stepIndex);
	}

	public boolean atLastStep() {
		return stepIndex == procedure.steps().size() - 1;
	}

	public String procedureCode() {
		return procedure.code();
	}

	/** Whether the current step's actions are reserved for someone other than this official. */
	public boolean assignedToOtherThan(long accountId) {
		return assignee != null && assignee.accountId() != accountId;
	}

	/** Whether the account is the applicant or the person who submitted for them. */
	public boolean belongsTo(long accountId) {
		return submittedBy == accountId || (applicant.accountId() != null && applicant.accountId() == accountId);
	}
}
