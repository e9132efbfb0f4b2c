package vn.tinhso.document;

/**
 * An issued outgoing document was recalled by its issuing agency (Decree 30/2020). Recipients inside the
 * installation have their copies marked already; recipients outside hear of it through a listener
 * (the edXML status "recall").
 *
 * @param documentId the outgoing document
 * @param agencyCode the issuing agency
 * @param notation its number and notation, e.g. 15/QĐ-UBND
 * @param reason why it was recalled, as the official wrote it
 */
public record DocumentRecalled(long documentId, String agencyCode, String notation, String reason) {
}
