package vn.tinhso.document.core;

import java.time.OffsetDateTime;

/** One line of a document's history (append-only). */
public record DocumentEvent(long id, OffsetDateTime at, Long actorId, String actorName, String action, String fromStatus,
		String toStatus, String note) {
}
