package vn.tinhso.document.core;

/**
 * An issued document has recipients outside the installation waiting for its edXML package; kept in the
 * event publication registry until they are dealt with, so a restart does not lose them.
 */
public record ExternalDeliveryRequested(long documentId) {
}
