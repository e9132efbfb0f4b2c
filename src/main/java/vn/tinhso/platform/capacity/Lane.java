package vn.tinhso.platform.capacity;

import java.util.Locale;

/**
 * The budgets in-flight requests are counted against, so that one kind of traffic cannot starve the
 * others: a flood of anonymous catalogue reads does not stop officers working, and a few large
 * uploads or PDF renderings do not take every thread and the whole heap.
 */
enum Lane {
	/** Cheap reads anyone may make, and writes without a session or credentials. */
	PUBLIC,
	/** Staff and administration pages, and every write made with a session or credentials. */
	STAFF,
	/** Uploads, large bodies, PDF/spreadsheet/CSV output, signing, imports and edXML exchange. */
	HEAVY;

	/** The name used in properties, metric tags and logs. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}
}
