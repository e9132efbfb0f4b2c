package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;

import vn.tinhso.dossier.DossierStatus;

/** A dossier in a list: no papers, no procedure snapshot. */
public record DossierSummary(String code, String procedureName, String agencyCode, String applicantName,
		DossierStatus status, String stepRole, OffsetDateTime submittedAt, OffsetDateTime dueAt,
		OffsetDateTime stepDueAt, int channel, String assigneeName) {

	public boolean overdue(OffsetDateTime now) {
		return status.open() && dueAt != null && now.isAfter(dueAt);
	}
}
