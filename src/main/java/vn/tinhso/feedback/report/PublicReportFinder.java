package vn.tinhso.feedback.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.ProvinceTime;

/**
 * The public map and list: visible reports only, filtered by category, status, commune and the day
 * they were sent (in province time), newest first; the map gets the points of all matches, capped.
 */
@Repository
public class PublicReportFinder {

	/** The most points one map request returns; the list pages through the rest. */
	public static final int MAX_POINTS = 2000;

	private final JdbcClient jdbc;

	PublicReportFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the public filters on; every field may be empty. */
	public record Filter(String category, ReportStatus status, String commune, LocalDate from, LocalDate to) {

		String where(List<Object> params) {
			List<String> terms = new ArrayList<>();
			terms.add("not r.hidden");
			if (category != null && !category.isBlank()) {
				terms.add("r.category_code = ?");
				params.add(category.strip());
			}
			if (status != null) {
				terms.add("r.status = ?");
				params.add(status.name());
			}
			if (commune != null && !commune.isBlank()) {
				terms.add("r.commune_code = ?");
				params.add(commune.strip());
			}
			if (from != null) {
				terms.add("r.submitted_at >= ?");
				params.add(from.atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime());
			}
			if (to != null) {
				terms.add("r.submitted_at < ?");
				params.add(to.plusDays(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime());
			}
			return " where " + String.join(" and ", terms);
		}
	}

	/** A report's place on the public map. */
	public record Point(String code, String categoryCode, ReportStatus status, double lat, double lon,
			OffsetDateTime submittedAt) {
	}

	@Transactional(readOnly = true)
	public PageOf<Report> page(Filter filter, int page, int size) {
		int p = Math.max(0, page);
		int s = Math.min(100, Math.max(1, size));
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		long total = jdbc.sql("select count(*) from feedback_report r" + where).params(params).query(Long.class).single();
		params.add(s);
		params.add(p * s);
		List<Report> items = jdbc.sql("select r.* from feedback_report r" + where
				+ " order by r.submitted_at desc, r.id desc limit ? offset ?").params(params).query(FieldReports::row).list();
		return new PageOf<>(items, total, p, s);
	}

	/** The located matches, newest first, at most {@link #MAX_POINTS}. */
	@Transactional(readOnly = true)
	public List<Point> points(Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params) + " and r.lat is not null and r.lon is not null";
		params.add(MAX_POINTS);
		return jdbc.sql("select r.code, r.category_code, r.status, r.lat, r.lon, r.submitted_at from feedback_report r"
				+ where + " order by r.submitted_at desc, r.id desc limit ?").params(params)
				.query((rs, i) -> new Point(rs.getString("code"), rs.getString("category_code"),
						ReportStatus.valueOf(rs.getString("status")), rs.getDouble("lat"), rs.getDouble("lon"),
						rs.getObject("submitted_at", OffsetDateTime.class)))
				.list();
	}
}
