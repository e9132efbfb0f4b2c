package vn.tinhso.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency_rest_days table: only agencies that differ from the default have a row. */
@Repository
class RestDayRows {

	private final JdbcClient jdbc;

	RestDayRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Set<DayOfWeek>> find(String agencyCode) {
		return jdbc.sql("select rest_days from agency_rest_days where agency_code = ?").param(agencyCode)
				.query(String.class).optional().map(RestDayRows::parse);
	}

	/** Every stored row, by agency code. */
	List<Map.Entry<String, Set<DayOfWeek>>> all() {
		return jdbc.sql("select agency_code, rest_days from agency_rest_days order by agency_code")
				.query((rs, i) -> Map.entry(rs.getString(1), parse(rs.getString(2)))).list();
	}

	void put(String agencyCode, Set<DayOfWeek> days, String username) {
		jdbc.sql("""
				insert into agency_rest_days (agency_code, rest_days, updated_by) values (?, ?, ?)
				on conflict (agency_code) do update set rest_days = excluded.rest_days, updated_by = excluded.updated_by,
				  updated_at = now()""").params(agencyCode, format(days), username).update();
	}

	boolean delete(String agencyCode) {
		return jdbc.sql("delete from agency_rest_days where agency_code = ?").param(agencyCode).update() > 0;
	}

	static String format(Set<DayOfWeek> days) {
		return String.join(",", days.stream().sorted().map(DayOfWeek::name).toList());
	}

	private static Set<DayOfWeek> parse(String stored) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : stored.split(",")) {
			if (!day.isBlank()) {
				days.add(DayOfWeek.valueOf(day.strip()));
			}
		}
		return days;
	}
}
