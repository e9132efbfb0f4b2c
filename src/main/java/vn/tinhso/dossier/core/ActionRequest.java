package vn.tinhso.dossier.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A workflow action with what it carries: a note (reason, missing papers), a new appointment for an
 * apology, files (supplements, result papers), for a hand-over optionally the official (username) who
 * is to take the next step, and for returning the result how it was delivered.
 */
public record ActionRequest(String action, String note, LocalDate newAppointment, List<Upload> uploads,
		int expectedVersion, String assignee, ResultDelivery.Entered delivery) {

	/** No version check: the action is judged against whatever state the dossier is in. */
	public static final int ANY_VERSION = -1;

	public ActionRequest(String action, String note, LocalDate newAppointment, List<Upload> uploads, int expectedVersion) {
		this(action, note, newAppointment, uploads, expectedVersion, null, ResultDelivery.Entered.NONE);
	}

	public ActionRequest withAssignee(String username) {
		return new ActionRequest(action, note, newAppointment, uploads, expectedVersion, username, delivery);
	}

	public ActionRequest withDelivery(ResultDelivery.Entered entered) {
		return new ActionRequest(action, note, newAppointment, uploads, expectedVersion, assignee, entered);
	}
}
