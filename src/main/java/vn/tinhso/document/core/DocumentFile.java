package vn.tinhso.document.core;

/** A PDF of a document: the main text (by revision while drafting) or an attachment. */
public record DocumentFile(long id, String purpose, int revision, String sha256, String fileName, String mediaType,
		long size) {
}
