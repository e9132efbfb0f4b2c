package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * Figures over the reports received in a span of months, grouped per responsible agency, category,
 * commune or month of receipt: how many were received, resolved (on time), refused, are open and
 * overdue now, how long answers took and how satisfied reporters were. Hidden reports do not count.
 */
@Service
public class FeedbackFigures {

	/** The grouping expressions a caller may choose, by name; nothing else reaches the SQL. */
	private static final Map<String, String> KEYS = Map.of(
			"agency", "coalesce(agency_code, '')",
			"category", "category_code",
			"commune", "coalesce(commune_code, '')",
			"month", "to_char(submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')");
	private static final int MAX_MONTHS = 60;
	/** The agencies whose reports an official handles: as in their inbox ({@link ReportList}), units below included. */
	private static final String AGENCY_SCOPE = ReportAccess.agencyScope("agency_code", ":account");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ReportAccess access;

	FeedbackFigures(JdbcClient jdbc, Clock clock, ReportAccess access) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.access = access;
	}

	/** Figures over every report (the public figures). */
	@Transactional(readOnly = true)
	public List<FigureLine> lines(String by, YearMonth first, YearMonth last) {
		return query(by, first, last, null, null);
	}

	/**
	 * Figures over the reports an official may follow: all of them for IOC operators, otherwise those of
	 * the agencies where they hold a processing role (a leader of the province sees the whole province),
	 * optionally of one agency only.
	 */
	@Transactional(readOnly = true)
	public List<FigureLine> linesFor(Actor actor, String by, YearMonth first, YearMonth last, String agencyCode) {
		if (!actor.isOfficial() || actor.isSystem()) {
			throw DomainException.forbidden("feedback.inbox.officials-only");
		}
		Long account = access.isOperator(actor) ? null : actor.accountId();
		String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
		return query(by, first, last, account, agency);
	}

	/** Whether the official sees the figures of the whole province (an IOC operator). */
	public boolean seesProvince(Actor actor) {
		return access.isOperator(actor);
	}

	private List<FigureLine> query(String by, YearMonth first, YearMonth last, Long account, String agency) {
		String key = KEYS.get(by == null ? "" : by);
		if (key == null) {
			throw DomainException.invalid("feedback.figures.by", String.valueOf(by));
		}
		if (last.isBefore(first) || first.until(last, ChronoUnit.MONTHS) > MAX_MONTHS) {
			throw DomainException.invalid("feedback.figures.period", MAX_MONTHS);
		}
		OffsetDateTime from = first.atDay(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
		OffsetDateTime to = last.plusMonths(1).atDay(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
		return jdbc.sql("select " + key + """
				 as key, count(*) as received,
				  count(*) filter (where status = 'RESOLVED') as resolved,
				  count(*) filter (where status = 'RESOLVED' and resolved_at <= resolve_due_at) as on_time,
				  count(*) filter (where status = 'REJECTED') as rejected,
				  count(*) filter (where status not in ('RESOLVED', 'REJECTED')) as open,
				  count(*) filter (where (status = 'SUBMITTED' and refuse_due_at < :now)
				    or (status in ('VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED')
				        and coalesce(resolve_due_at, refuse_due_at) < :now)) as overdue_now,
				  avg(extract(epoch from resolved_at - submitted_at) / 3600.0) filter (where status = 'RESOLVED') as hours,
				  count(rating) as rated, avg(rating) as rating
				from feedback_report
				where not hidden and submitted_at >= :from and submitted_at < :to""" + (account == null ? "" : " and " + AGENCY_SCOPE)
				+ (agency == null ? "" : " and agency_code = :agency") + " group by 1 order by 1")
				.params(params(from, to, account, agency))
				.query((rs, i) -> {
					long resolved = rs.getLong("resolved");
					long onTime = rs.getLong("on_time");
					return new FigureLine(rs.getString("key"), rs.getLong("received"), resolved, onTime,
							resolved == 0 ? null : round((double) onTime / resolved), rs.getLong("rejected"), rs.getLong("open"),
							rs.getLong("overdue_now"), rounded(rs.getObject("hours")), rs.getLong("rated"),
							rounded(rs.getObject("rating")));
				}).list();
	}

	private Map<String, Object> params(OffsetDateTime from, OffsetDateTime to, Long account, String agency) {
		Map<String, Object> params = new HashMap<>();
		params.put("now", OffsetDateTime.now(clock));
		params.put("from", from);
		params.put("to", to);
		if (account != null) {
			params.put("account", account);
		}
		if (agency != null) {
			params.put("agency", agency);
		}
		return params;
	}

	private static Double rounded(Object value) {
		return value == null ? null : round(((Number) value).doubleValue());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
