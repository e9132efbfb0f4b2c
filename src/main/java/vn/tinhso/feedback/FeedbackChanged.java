package vn.tinhso.feedback;

import java.util.List;

/**
 * Published after every step of a field report, in the transaction of the change. The notification
 * module tells the reporter and the followers about the public steps.
 *
 * @param action the step (SUBMIT, VERIFY, ASSIGN, REJECT, RESOLVE, REOPEN…)
 * @param note the text the public sees with the step (the answer, the reason of a refusal), or empty
 * @param recipientEmails the reporter's and the followers' e-mail addresses
 * @param publicPath where the report's public view is, relative to the platform's address
 * @param eventKey unique per step, so a redelivered event is not sent twice
 */
public record FeedbackChanged(long reportId, String code, String action, ReportStatus status, String categoryName,
		String reporterName, List<String> recipientEmails, String note, String publicPath, String eventKey) {
}
