package vn.tinhso.feedback.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A search over visible reports as Open311 asks it: by codes (then nothing else counts), categories,
 * submission time and open/closed, newest first.
 */
public record ReportSearch(List<String> codes, List<String> categories, OffsetDateTime from, OffsetDateTime to,
		Boolean open, int limit, int offset) {

	String where(List<Object> params) {
		List<String> terms = new ArrayList<>();
		terms.add("not r.hidden");
		if (codes != null && !codes.isEmpty()) {
			terms.add("r.code = any(?)");
			params.add(codes.toArray(String[]::new));
			return " where " + String.join(" and ", terms);
		}
		if (categories != null && !categories.isEmpty()) {
			terms.add("r.category_code = any(?)");
			params.add(categories.toArray(String[]::new));
		}
		if (from != null) {
			terms.add("r.submitted_at >= ?");
			params.add(from);
		}
		if (to != null) {
			terms.add("r.submitted_at <= ?");
			params.add(to);
		}
		if (open != null) {
			terms.add((open ? "" : "not ") + "r.status in ('SUBMITTED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'INFO_REQUESTED')");
		}
		return " where " + String.join(" and ", terms);
	}
}
