package vn.tinhso.document.core;

import java.util.List;

/** A document with its files, assignments, review route, recipients and history. */
public record DocumentDetail(Document document, List<DocumentFile> files, List<Assignment> assignments,
		List<Review> reviews, List<Recipient> recipients, List<DocumentEvent> history) {
}
