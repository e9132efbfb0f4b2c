package vn.tinhso.document.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A leader's directive (ý kiến chỉ đạo) as it stands now: what was asked, where it came from (a meeting or
 * a document), the lead unit, the deadline and the expected output. The changes are in its history.
 */
public record Directive(long id, String agencyCode, String content, String sourceKind, String meetingName,
		LocalDate meetingOn, Long documentId, String sourceLabel, String leadCode, String leadName, LocalDate dueOn,
		String expectedOutput, String status, int progress, String resultNote, long issuedBy, String issuerName,
		OffsetDateTime createdAt, LocalDate createdOn, OffsetDateTime closedAt, LocalDate completedOn, int version) {

	public static final String OPEN = "OPEN";
	public static final String DONE = "DONE";
	public static final String CANCELLED = "CANCELLED";

	public static final String MEETING = "MEETING";
	public static final String DOCUMENT = "DOCUMENT";

	/** Still open with its deadline behind it. */
	public boolean overdue(LocalDate today) {
		return OPEN.equals(status) && today.isAfter(dueOn);
	}

	/** Days past the deadline (for an overdue directive). */
	public long overdueDays(LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
	}

	/** ON_TIME or LATE once done (judged against the deadline in force, extensions included); null otherwise. */
	public String completion() {
		if (!DONE.equals(status)) {
			return null;
		}
		return completedOn.isAfter(dueOn) ? "LATE" : "ON_TIME";
	}
}
