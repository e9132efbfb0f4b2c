package vn.tinhso.feedback.report;

import java.util.List;

/**
 * What an action carries; each action reads only its own fields.
 *
 * @param note the reason or comment (required to return, reopen and hide)
 * @param agencyCode ASSIGN/REASSIGN: the agency chosen instead of the one derived from category and place
 * @param handler ASSIGN_HANDLER: the username of an official of the agency
 * @param reason REJECT: SPAM, OUT_OF_SCOPE or DUPLICATE
 * @param mergeInto REJECT as DUPLICATE: the code of the report it duplicates
 * @param answer RESOLVE: the public answer
 * @param rating RATE: 1 to 5
 * @param description REDACT: the description as the public will see it
 * @param photos RESOLVE: photos of the answer
 * @param expectedVersion the version the client read (If-Match), or null
 */
public record ActionInput(String note, String agencyCode, String handler, String reason, String mergeInto,
		String answer, Integer rating, String description, List<byte[]> photos, Integer expectedVersion) {

	public ActionInput {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}

	public static ActionInput note(String note) {
		return new ActionInput(note, null, null, null, null, null, null, null, List.of(), null);
	}
}
