package vn.tinhso.exchange;

/** A parsed edXML status message and the check of its signature. */
public record ReadStatus(StatusMessage status, SignatureCheck signature) {
}
