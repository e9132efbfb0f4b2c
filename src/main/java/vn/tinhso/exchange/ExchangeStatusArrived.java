package vn.tinhso.exchange;

import java.time.Instant;

/**
 * A recipient reported what it did with a document one of our agencies sent.
 *
 * @param documentSenderOrganId our agency that sent the document
 * @param documentCode number/notation of the document as the reporter gave it
 * @param outboundMessageId our outgoing package to the reporter for this document, or null if we
 *        have no record of it (sent before this system, or through another channel)
 */
public record ExchangeStatusArrived(long messageId, StatusCode statusCode, String reportingOrganId, String reportingOrganName,
		String documentSenderOrganId, String documentId, String documentCode, Instant at, String description,
		Long outboundMessageId) {
}
