package vn.tinhso.document.directive;

import java.time.OffsetDateTime;

/** A unit's report on a directive: how far it has come (0–100 %), what was done, an optional PDF. */
public record ProgressReport(long id, String agencyCode, String unitName, int percent, String note, String fileName,
		String reporterName, OffsetDateTime reportedAt) {

	public boolean hasFile() {
		return fileName != null;
	}
}
