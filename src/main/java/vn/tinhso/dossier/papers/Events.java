package vn.tinhso.dossier.papers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.platform.DomainException;

/** Picking the events a paper is about out of a dossier's history (oldest first). */
final class Events {

	private Events() {
	}

	static List<DossierEvent> of(List<DossierEvent> history, String... actions) {
		Set<String> wanted = Set.of(actions);
		return history.stream().filter(e -> wanted.contains(e.action())).toList();
	}

	static boolean any(List<DossierEvent> history, String... actions) {
		return !of(history, actions).isEmpty();
	}

	static Optional<DossierEvent> first(List<DossierEvent> history, String action) {
		return of(history, action).stream().findFirst();
	}

	static Optional<DossierEvent> last(List<DossierEvent> history, String... actions) {
		List<DossierEvent> found = of(history, actions);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
	}

	/**
	 * The n-th (1-based) of the events, the latest when n is null.
	 *
	 * @param none problem code (409) when there is no such event at all
	 * @param missing problem code (404) when there is no n-th one; arguments: code, n, how many there are
	 */
	static DossierEvent nth(List<DossierEvent> events, Integer n, String code, String none, String missing) {
		if (events.isEmpty()) {
			throw DomainException.conflict(none, code);
		}
		if (n == null) {
			return events.get(events.size() - 1);
		}
		if (n < 1 || n > events.size()) {
			throw DomainException.notFound(missing, code, n, events.size());
		}
		return events.get(n - 1);
	}

	/** The event just before {@code e} in the history, if any. */
	static Optional<DossierEvent> before(List<DossierEvent> history, DossierEvent e) {
		int i = history.indexOf(e);
		return i > 0 ? Optional.of(history.get(i - 1)) : Optional.empty();
	}
}
