package vn.tinhso.document.core;

import java.util.List;

/**
 * A document with its files, assignments, review route, recipients and history; the signatures found on its
 * files when they arrived (one entry per verified file); the document it replaces and the one that replaced it.
 */
public record DocumentDetail(Document document, List<DocumentFile> files, List<Assignment> assignments,
		List<Review> reviews, List<Recipient> recipients, List<DocumentEvent> history, List<FileVerification> signatures,
		Long replacesId, Long replacedById) {

	public DocumentDetail {
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
	}

	public DocumentDetail(Document document, List<DocumentFile> files, List<Assignment> assignments,
			List<Review> reviews, List<Recipient> recipients, List<DocumentEvent> history) {
		this(document, files, assignments, reviews, recipients, history, List.of(), null, null);
	}

	/** The verification of a file's content, or null when it was not verified (a draft, an outgoing text). */
	public FileVerification signatureOf(String sha256) {
		return signatures.stream().filter(v -> v.sha256().equals(sha256)).findFirst().orElse(null);
	}

	/** Whether a file of the document carries a signature that does not match its content. */
	public boolean brokenSignature() {
		return signatures.stream().anyMatch(v -> FileVerification.BROKEN.equals(v.outcome()));
	}
}
