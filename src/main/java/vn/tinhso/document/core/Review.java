package vn.tinhso.document.core;

import java.time.OffsetDateTime;

/** One step of an outgoing draft's route: a reviewer, or (signs) the leader who signs it. */
public record Review(long id, int position, long accountId, String reviewerName, boolean signs, String decision,
		String comment, OffsetDateTime decidedAt) {
}
