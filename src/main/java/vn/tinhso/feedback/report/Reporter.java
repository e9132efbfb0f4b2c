package vn.tinhso.feedback.report;

/**
 * Who reported: a citizen's account, or the details an operator typed from a hotline call or an
 * Open311 client sent. {@code anonymous}: the name is hidden in public views, officials still see it.
 * {@code chatId}: the chat-platform user who wrote the report (Zalo), or empty.
 */
public record Reporter(Long accountId, String name, String email, String phone, boolean anonymous, String chatId) {

	public Reporter {
		chatId = chatId == null ? "" : chatId;
	}

	/** A reporter reached by e-mail or phone (not through a chat platform). */
	public Reporter(Long accountId, String name, String email, String phone, boolean anonymous) {
		this(accountId, name, email, phone, anonymous, "");
	}
}
