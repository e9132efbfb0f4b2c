package vn.tinhso.exchange;

import java.time.Instant;

/** A package another installation sent us, as stored, with its signature checked again on reading. */
public record ReceivedPackage(long messageId, Instant receivedAt, EdxmlPackage pkg, SignatureCheck signature) {
}
