package vn.tinhso.dossier;

import java.util.Arrays;

/** Dossier statuses as synchronised to the national public service portal (codes 1–10). */
public enum DossierStatus {
	NEW(1), RECEIVED(2), NOT_RECEIVED(3), PROCESSING(4), SUPPLEMENT_REQUESTED(5), FINANCIAL_OBLIGATION(6),
	WITHDRAWN(7), STOPPED(8), PROCESSED(9), RETURNED(10);

	private final int code;

	DossierStatus(int code) {
		this.code = code;
	}

	/** The national portal's code. */
	public int code() {
		return code;
	}

	public static DossierStatus of(int code) {
		return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown dossier status " + code));
	}

	/** Still with the agency: counts for inboxes and "overdue now". */
	public boolean open() {
		return this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
	}
}
