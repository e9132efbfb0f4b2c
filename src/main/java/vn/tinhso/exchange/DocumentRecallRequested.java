package vn.tinhso.exchange;

import java.time.Instant;

/**
 * The organ that sent one of our agencies a document asks for it back (edXML status 13, recall
 * requested). One event per local recipient of the original package.
 *
 * @param packageMessageId the package we received, as in {@link DocumentPackageArrived#messageId()}
 */
public record DocumentRecallRequested(long messageId, String toAgencyCode, String fromOrganId, String fromOrganName,
		String documentId, String code, long packageMessageId, Instant at, String description) {
}
