package vn.tinhso.dossier.papers;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.dossier.core.DossierEvent;

/**
 * A notice paper a dossier's history gives (besides the receipt slip), for the links of the dossier
 * page. {@code number} counts the papers of a kind that can be issued more than once (1 = first),
 * null for the others.
 */
public record NoticePaper(Kind kind, Integer number) {

	public enum Kind {
		CONTROL_SHEET, SUPPLEMENT_REQUEST, APOLOGY, REFUSAL, STOP_NOTICE
	}

	/** The papers of a history: control sheet once received, each supplement request and apology, refusal, stop. */
	public static List<NoticePaper> of(List<DossierEvent> history) {
		List<NoticePaper> papers = new ArrayList<>();
		if (Events.any(history, "RECEIVE")) {
			papers.add(new NoticePaper(Kind.CONTROL_SHEET, null));
		}
		int supplements = Events.of(history, "REQUEST_SUPPLEMENT").size();
		for (int n = 1; n <= supplements; n++) {
			papers.add(new NoticePaper(Kind.SUPPLEMENT_REQUEST, n));
		}
		int apologies = Events.of(history, "APOLOGISE").size();
		for (int n = 1; n <= apologies; n++) {
			papers.add(new NoticePaper(Kind.APOLOGY, n));
		}
		if (Events.any(history, "REFUSE_RECEIPT", "REFUSE")) {
			papers.add(new NoticePaper(Kind.REFUSAL, null));
		}
		if (Events.any(history, "STOP")) {
			papers.add(new NoticePaper(Kind.STOP_NOTICE, null));
		}
		return papers;
	}
}
