package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final JdbcClient jdbc;
	private final Clock clock;

	FeedbackFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FigureLine> lines(String by, YearMonth first, YearMonth last) {
		String key = KEYS.get(by == null ? "" : by);
		if (key == null) {
			throw DomainException.invalid("feedback.figures.by", String.valueOf(by));
		}
		if (last.isBefore(first) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
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
				where not hidden and submitted_at >= :from and submitted_at < :to
				group by 1 order by 1""")
				.param("now", OffsetDateTime.now(clock)).param("from", from).param("to", to)
				.query((rs, i) -> {
					long resolved = rs.getLong("resolved");
					long onTime = rs.getLong("on_time");
					return new FigureLine(rs.getString("key"), rs.getLong("received"), resolved, onTime,
							resolved == 0 ? null : round((double) onTime / resolved), rs.getLong("rejected"), rs.getLong("open"),
							rs.getLong("overdue_now"), rounded(rs.getObject("hours")), rs.getLong("rated"),
							rounded(rs.getObject("rating")));
				}).list();
	}

	private static Double rounded(Object value) {
		return value == null ? null : round(((Number) value).doubleValue());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
