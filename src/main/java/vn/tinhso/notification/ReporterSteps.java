package vn.tinhso.notification;

import java.util.Set;

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
}
