package vn.tinhso.feedback.report;

/** How the acting user stands to a report; decides what they see of it and what they may do. */
public enum Relation {
	/** Holds the IOC operator role (anywhere): sees and coordinates every report. */
	OPERATOR,
	/** A leader of the responsible agency (or above it). */
	LEADER,
	/** Holds a processing role in the responsible agency (or above it). */
	STAFF,
	/** The official the agency named to handle it. */
	HANDLER,
	/** The citizen who reported it. */
	REPORTER;

	public boolean official() {
		return this != REPORTER;
	}
}
