package vn.tinhso.feedback.report;

import java.time.OffsetDateTime;

import vn.tinhso.feedback.ReportStatus;

/** One appended history entry. {@code publicEntry}/{@code publicNote}: what the public page shows of it. */
public record ReportEvent(long id, OffsetDateTime at, Long actorId, String actorName, String action,
		ReportStatus fromStatus, ReportStatus toStatus, String agencyCode, String note, boolean publicEntry,
		boolean publicNote) {
}
