package vn.tinhso.document.core;

/**
 * A Word file that cannot (or must not) be converted: broken, too big once inflated, with a document type
 * declaration, or laying out to more pages than allowed. {@link #code()} is the refusal shown to the user.
 */
final class UnreadableDocx extends RuntimeException {

	private final String code;

	UnreadableDocx(String reason) {
		this("document.docx.unreadable", reason);
	}

	private UnreadableDocx(String code, String reason) {
		super(reason);
		this.code = code;
	}

	static UnreadableDocx tooLong(int pages) {
		return new UnreadableDocx("document.docx.too-long", "more than " + pages + " pages");
	}

	String code() {
		return code;
	}
}
