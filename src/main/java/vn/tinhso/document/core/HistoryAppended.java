package vn.tinhso.document.core;

import java.time.OffsetDateTime;

/**
 * A line was appended to a document's history, in the transaction that made the change. Every state
 * change passes here, so what must follow any change (a status report to the sender of an edXML
 * document) listens to this one event instead of being called from every service method.
 */
record HistoryAppended(long documentId, OffsetDateTime at, String actorName, String action, String fromStatus,
		String toStatus, String note) {
}
