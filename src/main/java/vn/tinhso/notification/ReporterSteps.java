package vn.tinhso.notification;

import java.util.Set;

import vn.tinhso.feedback.FeedbackChanged;

/**
 * The steps of a field report its reporter and followers are told about, the same on every channel
 * (e-mail, short message, Zalo); internal steps (naming a handler, returning to the IOC, escalation,
 * moderation, the reporter's own answer or rating) are not sent. The one exception is written here too.
 */
final class ReporterSteps {

	/** MERGE is a refusal as a duplicate: the reporter is told where the original is followed. */
	static final Set<String> PUBLIC = Set.of("SUBMIT", "VERIFY", "ASSIGN", "REJECT", "MERGE", "REQUEST_INFO", "RESOLVE",
			"REOPEN");

	private ReporterSteps() {
	}

	static boolean byEmail(String step) {
		return PUBLIC.contains(step);
	}

	static boolean bySms(String step) {
		return PUBLIC.contains(step);
	}

	/** The webhook's reply already gave a Zalo reporter the code of their report: SUBMIT is not sent again. */
	static boolean byZalo(String step) {
		return PUBLIC.contains(step) && !"SUBMIT".equals(step);
	}

	// The two tests below are the listeners' conditions, evaluated as the step is published: a listener with
	// nothing to send for a step gets no event publication for it (no row written, marked and deleted). Public
	// only for the expression language that evaluates them.

	/** Whether {@link FeedbackNotifications} has an e-mail to send for the step. */
	public static boolean emailed(FeedbackChanged e) {
		return byEmail(e.action()) && !e.recipientEmails().isEmpty();
	}

	/** Whether {@link FeedbackReporterMessages} has a short message or a Zalo message to send for the step. */
	public static boolean messaged(FeedbackChanged e) {
		return (!e.reporterPhone().isBlank() && bySms(e.action())) || (!e.reporterZaloId().isBlank() && byZalo(e.action()));
	}
}
