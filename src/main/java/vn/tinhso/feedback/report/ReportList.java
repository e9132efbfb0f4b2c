package vn.tinhso.feedback.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.tinhso.feedback.ReportStatus;

/**
 * A filtered, paged list of reports. Whose reports: {@link Scope#PUBLIC} (not hidden), the agencies of
 * an official ({@link Scope#AGENCIES}: where they hold a processing role, subtrees included), or
 * {@link Scope#ALL} for operators.
 *
 * @param overdue only those past the deadline of their current stage at {@code now}
 */
public record ReportList(Scope scope, long accountId, ReportStatus status, Boolean open, String category,
		String commune, String agency, boolean overdue, OffsetDateTime now, int page, int size) {

	public enum Scope {
		PUBLIC, AGENCIES, ALL
	}

	public ReportList {
		category = blank(category);
		commune = blank(commune);
		agency = blank(agency);
		page = Math.max(0, page);
		size = Math.min(100, Math.max(1, size));
	}

	private static final String AGENCY_SCOPE = ReportAccess.agencyScope("r.agency_code", "?");

	/** The where clause and its parameters, in order. */
	String where(List<Object> params) {
		List<String> terms = new ArrayList<>();
		if (scope == Scope.PUBLIC) {
			terms.add("not r.hidden");
		}
		if (scope == Scope.AGENCIES) {
			terms.add(AGENCY_SCOPE);
			params.add(accountId);
		}
		if (status != null) {
			terms.add("r.status = ?");
			params.add(status.name());
		}
		if (open != null) {
			terms.add((open ? "" : "not ") + "r.status in ('SUBMITTED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'INFO_REQUESTED')");
		}
		if (category != null) {
			terms.add("r.category_code = ?");
			params.add(category);
		}
		if (commune != null) {
			terms.add("r.commune_code = ?");
			params.add(commune);
		}
		if (agency != null) {
			terms.add("r.agency_code = ?");
			params.add(agency);
		}
		if (overdue) {
			terms.add("""
					((r.status = 'SUBMITTED' and r.refuse_due_at < ?)
					 or (r.status in ('VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED')
					     and coalesce(r.resolve_due_at, r.refuse_due_at) < ?))""");
			params.add(now);
			params.add(now);
		}
		return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
	}

	int offset() {
		return page * size;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
