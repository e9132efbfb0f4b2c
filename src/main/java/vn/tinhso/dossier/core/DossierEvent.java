package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;

/** One row of a dossier's history; hand-overs also carry the step and its timeliness. */
public record DossierEvent(long id, OffsetDateTime at, Long actorId, String actorName, String action,
		Integer fromStatus, int toStatus, Integer fromStep, Integer toStep, String stepName, String timeliness,
		String note, OffsetDateTime dueAt) {
}
