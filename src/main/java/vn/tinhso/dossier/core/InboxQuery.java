package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tinhso.platform.VietnameseText;

/**
 * An official's work list: dossiers of the agencies (and their subtrees) where they hold a
 * processing role. {@code mine} keeps those whose current step is for one of their roles there and
 * not handed to someone else by name;
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

	/** Prefix of the query: the agencies (with the role held) the official's roles reach. */
	static final String SCOPE = """
			with scope as materialized (
			  select distinct target.code, r.role from official_role r
			  join agency holder on holder.id = r.agency_id
			  join agency target on target.path like holder.path || '%'
			  join account acc on acc.id = r.account_id and acc.active
			  where r.account_id = ? and r.role in ('ONE_STOP_OFFICER', 'SPECIALIST', 'LEADER', 'CLERK'))
			""";

	int offset() {
		return page * size;
	}

	/**
	 * The where clause; {@code scope} (agency codes and roles the official holds there, subtrees
	 * included) is computed first so that the dossier index on agency code does the work.
	 */
	String where() {
		StringBuilder sql = new StringBuilder(" ").append("""
				where d.agency_code in (select code from scope)""");
		if (mine) {
			sql.append(" and exists (select 1 from scope s where s.code = d.agency_code"
					+ " and (s.role = d.step_role or (d.status = 1 and s.role = 'ONE_STOP_OFFICER')))"
					+ " and (d.assignee_id is null or d.assignee_id = ?)");
		}
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
		if (mine) {
			params.add(accountId);
		}
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
