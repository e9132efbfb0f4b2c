package vn.tinhso.document.core;

/** Where an issued document goes; {@code deliveredId} is the incoming document made at an internal recipient. */
public record Recipient(long id, String agencyCode, String name, boolean internal, String status, Long deliveredId) {
}
