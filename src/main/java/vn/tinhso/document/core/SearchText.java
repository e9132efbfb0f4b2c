package vn.tinhso.document.core;

import vn.tinhso.platform.VietnameseText;

/** The text a document is found by (notation, subject, issuer), folded so that searches ignore diacritics. */
final class SearchText {

	private SearchText() {
	}

	static String of(Document d) {
		return VietnameseText.fold(String.join(" ", d.notation(), d.subject(), d.issuerName(), d.signerName()));
	}
}
