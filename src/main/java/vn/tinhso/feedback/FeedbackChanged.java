package vn.tinhso.feedback;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Published after every step of a field report, in the transaction of the change. The notification
 * module tells the reporter and the followers about the public steps, each reporter on the channel
 * they reported through.
 * <p>
 * The event is kept as JSON in the publication registry until it is handled, so one written by an older
 * version may be read by this one: properties it no longer has are ignored, and those it did not have
 * yet read as empty.
 *
 * @param action the step (SUBMIT, VERIFY, ASSIGN, REJECT, MERGE — a refusal as a duplicate —, RESOLVE,
 *        REOPEN…)
 * @param note the text the public sees with the step (the answer, the reason of a refusal), or empty
 * @param recipientEmails the reporter's and the followers' e-mail addresses
 * @param eventKey unique per step, so a redelivered event is not sent twice
 * @param reporterPhone the number to text: the reporter's when they reported by phone (a hotline call,
 *        or a report without an account confirmed by short message); otherwise empty
 * @param reporterZaloId the Zalo user who reported through the Zalo Official Account; otherwise empty
 * @param publicPage the report's public web page, relative to the platform's address
 * @param reporterEmail the reporter's own e-mail address (also in {@code recipientEmails}), or empty
 * @param answerPage for a question to a reporter without an account: the page, relative to the
 *        platform's address, where they answer it; a secret for the reporter only, never sent to
 *        followers. Otherwise empty
 * @param originalCode for MERGE: the code of the report this one was merged into; otherwise empty
 * @param originalPage for MERGE: that report's public page, relative to the platform's address
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackChanged(long reportId, String code, String action, ReportStatus status, String categoryName,
		String reporterName, List<String> recipientEmails, String note, String eventKey, String reporterPhone,
		String reporterZaloId, String publicPage, String reporterEmail, String answerPage, String originalCode,
		String originalPage) {

	public FeedbackChanged {
		recipientEmails = recipientEmails == null ? List.of() : List.copyOf(recipientEmails);
		note = orEmpty(note);
		reporterPhone = orEmpty(reporterPhone);
		reporterZaloId = orEmpty(reporterZaloId);
		publicPage = publicPage == null ? "/feedback/" + code : publicPage;
		reporterEmail = orEmpty(reporterEmail);
		answerPage = orEmpty(answerPage);
		originalCode = orEmpty(originalCode);
		originalPage = orEmpty(originalPage);
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
