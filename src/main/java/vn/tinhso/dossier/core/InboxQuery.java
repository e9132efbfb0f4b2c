package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tinhso.platform.VietnameseText;

/**
 * An official's work list: dossiers of the agencies (and their subtrees) where they hold a
 * processing role. {@code mine} keeps those whose current step is for one of their roles there;
 * {@code due} is {@code soon} (due before {@code soonLimit}) or {@code overdue}.
 */
public record InboxQuery(String text, Integer status, String due, boolean mine, String agency, int page, int size) {

	public InboxQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		due = due == null || due.isBlank() ? null : due;
		agency = agency == null || agency.isBlank() ? null : agency.strip();
		page = Math.max(0, page);
		size = Math.min(200, Math.max(1, size));
	}

	int offset() {
		return page * size;
	}

	String where() {
		StringBuilder sql = new StringBuilder(" ").append("""
				where exists (select 1 from official_role r join agency holder on holder.id = r.agency_id
				   join agency target on target.code = d.agency_code and target.path like holder.path || '%'
				   where r.account_id = ? and r.role in ('ONE_STOP_OFFICER', 'SPECIALIST', 'LEADER', 'CLERK')""");
		sql.append(mine ? " and (r.role = d.step_role or (d.status = 1 and r.role = 'ONE_STOP_OFFICER')))" : ")");
		sql.append(status == null ? " and d.status in (1, 2, 4, 5, 6, 9)" : " and d.status = ?");
		if ("overdue".equals(due)) {
			sql.append(" and d.status in (2, 4, 5, 6) and d.due_at < ?");
		}
		else if ("soon".equals(due)) {
			sql.append(" and d.status in (2, 4, 5, 6) and d.due_at >= ? and d.due_at < ?");
		}
		if (agency != null) {
			sql.append(" and d.agency_code = ?");
		}
		if (text != null) {
			sql.append(" and (d.code like ? or " + VietnameseText.sqlFold("d.applicant_name") + " like ? or "
					+ VietnameseText.sqlFold("d.procedure_name") + " like ?)");
		}
		return sql.toString();
	}

	List<Object> params(long accountId, OffsetDateTime now, OffsetDateTime soonLimit) {
		List<Object> params = new ArrayList<>();
		params.add(accountId);
		if (status != null) {
			params.add(status.shortValue());
		}
		if ("overdue".equals(due)) {
			params.add(now);
		}
		else if ("soon".equals(due)) {
			params.add(now);
			params.add(soonLimit);
		}
		if (agency != null) {
			params.add(agency);
		}
		if (text != null) {
			String like = VietnameseText.containsPattern(VietnameseText.fold(text));
			params.add(VietnameseText.containsPattern(text.toUpperCase(Locale.ROOT)));
			params.add(like);
			params.add(like);
		}
		return params;
	}
}
