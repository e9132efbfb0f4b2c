package vn.tinhso.feedback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.ProvinceTime;

/**
 * The public map and list: visible reports only, filtered by category, status, commune and the day
 * they were sent (in province time), newest first. The map reads how many match in each commune, and
 * the points of the matches in the part of the map in view, capped.
 */
@Repository
public class PublicReportFinder {

	/** The most points one map request returns; the page asks to zoom in or filter for the rest. */
	public static final int MAX_VIEW_POINTS = 500;

	private final JdbcClient jdbc;

	PublicReportFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the public filters on; every field may be empty. */
	public record Filter(String category, ReportStatus status, String commune, LocalDate from, LocalDate to) {

		/** No filter: every visible report. */
		public static final Filter NONE = new Filter(null, null, null, null, null);

		/** The same filter with blank texts as none and the rest stripped, so equal filters are equal records. */
		public Filter normalised() {
			return new Filter(text(category), status, text(commune), from, to);
		}

		private static String text(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

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
	public record Point(String code, String categoryCode, ReportStatus status, double lat, double lon) {
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

	/** The matches inside a part of the map, newest first: at most {@link #MAX_VIEW_POINTS}, and whether there are more. */
	public record ViewPoints(List<Point> points, boolean truncated) {
	}

	/**
	 * The located matches inside the box, newest first, at most {@link #MAX_VIEW_POINTS}; like the counts,
	 * only those placed in a commune (all those with a point, see {@link #communeCounts}). {@code crowded}:
	 * the box holds so many reports that reading the newest first and keeping those inside stops sooner than
	 * reading all of those inside through the spatial index (a wide view over the towns).
	 */
	@Transactional(readOnly = true)
	public ViewPoints pointsIn(Filter filter, MapBox box, boolean crowded) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params) + " and r.lat is not null and r.commune_code is not null";
		if (crowded) {
			where += " and r.lat between ? and ? and r.lon between ? and ?";
			params.addAll(List.of(box.south(), box.north(), box.west(), box.east()));
		}
		else { // the expression and the condition of feedback_report_place_idx (V202612032100)
			where += " and point(r.lon, r.lat) <@ box(point(?, ?), point(?, ?))";
			params.addAll(List.of(box.west(), box.south(), box.east(), box.north()));
		}
		params.add(MAX_VIEW_POINTS + 1);
		List<Point> points = jdbc.sql("select r.code, r.category_code, r.status, r.lat, r.lon from feedback_report r"
				+ where + " order by r.submitted_at desc, r.id desc limit ?").params(params)
				.query((rs, i) -> new Point(rs.getString(1), rs.getString(2), ReportStatus.valueOf(rs.getString(3)), rs.getDouble(4),
						rs.getDouble(5)))
				.list();
		boolean truncated = points.size() > MAX_VIEW_POINTS;
		return new ViewPoints(truncated ? List.copyOf(points.subList(0, MAX_VIEW_POINTS)) : points, truncated);
	}

	/**
	 * How many visible matches each of the communes holds. A report has a commune only when it has a point
	 * (the commune is found from the point, constraint feedback_report_commune_placed), so counting by
	 * commune counts the reports on the map. One count per commune, each read from the commune's index
	 * range alone (rather than one group-by that would read every match of the province in one go).
	 */
	@Transactional(readOnly = true)
	Map<String, Long> communeCounts(Filter filter, List<String> communes) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (communes.isEmpty()) {
			return counts;
		}
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		params.add(communes.toArray(String[]::new));
		jdbc.sql("select c.code, (select count(*) from feedback_report r" + where + " and r.commune_code = c.code) as n"
				+ " from unnest(?::varchar[]) with ordinality as c(code, position) order by c.position").params(params)
				.query(rs -> {
					counts.put(rs.getString("code"), rs.getLong("n"));
				});
		return counts;
	}

	/** How many visible reports of a category have a status in a commune. */
	record Cell(String commune, String category, ReportStatus status, long count) {
	}

	/** The cells of every report up to {@code lastId}, the highest report id there was then. */
	record Cells(List<Cell> cells, long lastId) {
	}

	/**
	 * The visible reports on the map counted by commune, category and status: a few thousand cells, from
	 * which the counts of every filter without dates are summed in memory. One pass over an index
	 * (feedback_report_commune_category_idx holds every column it reads), about half a second at a million;
	 * the highest id is read in the same snapshot, so that reports sent later can be added ({@link #cellsAfter}).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Cells cells() {
		long lastId = jdbc.sql("select coalesce(max(id), 0) from feedback_report").query(Long.class).single();
		return new Cells(jdbc.sql("""
				select r.commune_code, r.category_code, r.status, count(*) from feedback_report r
				where not r.hidden and r.commune_code is not null and r.id <= ?
				group by r.commune_code, r.category_code, r.status""").param(lastId).query(PublicReportFinder::cell).list(), lastId);
	}

	/** The cells of the reports sent after {@code lastId}: a few index entries, none most of the time. */
	@Transactional(readOnly = true)
	List<Cell> cellsAfter(long lastId) {
		return jdbc.sql("""
				select r.commune_code, r.category_code, r.status, count(*) from feedback_report r
				where r.id > ? and not r.hidden and r.commune_code is not null
				group by r.commune_code, r.category_code, r.status""").param(lastId).query(PublicReportFinder::cell).list();
	}

	private static Cell cell(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Cell(rs.getString(1).strip(), rs.getString(2), ReportStatus.valueOf(rs.getString(3)), rs.getLong(4));
	}

	/** The bounding box of the visible, located matches; empty when there are none. */
	@Transactional(readOnly = true)
	Optional<MapBox> extent(Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params) + " and r.commune_code is not null";
		return jdbc.sql("select min(r.lon) as w, min(r.lat) as s, max(r.lon) as e, max(r.lat) as n from feedback_report r"
				+ where).params(params)
				.query((rs, i) -> rs.getObject("w") == null ? null
						: new MapBox(rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("n")))
				.optional();
	}
}
