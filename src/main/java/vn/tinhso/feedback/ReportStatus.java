package vn.tinhso.feedback;

/** Where a field report stands. Open311 shows the first six as {@code open}, the last two as {@code closed}. */
public enum ReportStatus {
	/** Sent, waiting for the IOC to verify or refuse it. */
	SUBMITTED,
	/** Verified by the IOC, not yet assigned. */
	VERIFIED,
	/** Assigned to the responsible agency. */
	ASSIGNED,
	/** A handler of the agency is on it. */
	IN_PROGRESS,
	/** Sent back to the IOC by the agency (not theirs, or needs another agency). */
	RETURNED,
	/** The reporter was asked for more information; the resolution clock is paused until they answer. */
	INFO_REQUESTED,
	/** Answered in public by the agency. */
	RESOLVED,
	/** Refused by the IOC: spam, out of scope, or a duplicate merged into another report. */
	REJECTED;

	public boolean open() {
		return this != RESOLVED && this != REJECTED;
	}

	/** The Open311 status. */
	public String open311() {
		return open() ? "open" : "closed";
	}
}
