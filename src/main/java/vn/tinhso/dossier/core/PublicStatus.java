package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What anyone holding a dossier code (or its QR) may know: progress, never personal data.
 *
 * @param steps the internal process with each step's state: DONE, CURRENT or PENDING
 */
public record PublicStatus(String code, String procedureName, String agencyName, int status, String outcome,
		OffsetDateTime submittedAt, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime processedAt,
		OffsetDateTime returnedAt, boolean overdue, List<Step> steps) {

	public record Step(String name, String state) {
	}
}
