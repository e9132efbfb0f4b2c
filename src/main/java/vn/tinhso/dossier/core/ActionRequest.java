package vn.tinhso.dossier.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A workflow action with what it carries: a note (reason, missing papers, pickup details), a new
 * appointment for an apology, files (supplements, result papers).
 */
public record ActionRequest(String action, String note, LocalDate newAppointment, List<Upload> uploads,
		int expectedVersion) {

	/** No version check: the action is judged against whatever state the dossier is in. */
	public static final int ANY_VERSION = -1;
}
