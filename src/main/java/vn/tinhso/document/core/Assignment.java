package vn.tinhso.document.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Who handles an incoming document: a unit (agency code) or a person, as lead, cooperating or for information. */
public record Assignment(long id, String kind, String agencyCode, Long accountId, String assigneeName, LocalDate dueOn,
		String note, Long parentId, OffsetDateTime assignedAt, OffsetDateTime completedAt) {

	public static final String LEAD = "LEAD";
	public static final String COOPERATE = "COOPERATE";
	public static final String INFO = "INFO";
}
