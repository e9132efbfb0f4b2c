package vn.tinhso.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;

/**
 * The province's working calendar as stored: each year pre-filled from the Labour Code rules on first
 * use, then adjusted by administrators. Every module computes deadlines with {@link #workingTime()}.
 */
@Service
public class CalendarService {

	static final int FIRST_YEAR = 1901;
	static final int LAST_YEAR = 2099;

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final AtomicReference<WorkingTime> current = new AtomicReference<>();

	CalendarService(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Deadline arithmetic with the stored calendar and standard office hours. */
	public WorkingTime workingTime() {
		WorkingTime time = current.get();
		if (time == null) {
			time = new WorkingTime(new WorkingCalendar(WorkingCalendar.WEEKEND, this::year), WorkingHours.STANDARD);
			current.set(time);
		}
		return time;
	}

	/** The year's entries, pre-filling it from the rules the first time. */
	public List<CalendarDay> year(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw DomainException.invalid("calendar.year-out-of-range", FIRST_YEAR, LAST_YEAR);
		}
		prefill(year);
		return jdbc.sql("select day, kind, name from calendar_day where day between ? and ? order by day")
				.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
				.query((rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
						rs.getString(3)))
				.list();
	}

	/**
	 * One statement claims the year and inserts its rule days, so a concurrent first use waits on the
	 * claim and then reads the complete year.
	 */
	private void prefill(int year) {
		List<CalendarDay> days = HolidayRules.forYear(year, WorkingCalendar.WEEKEND);
		String values = String.join(", ", java.util.Collections.nCopies(days.size(), "(cast(? as date), ?, ?)"));
		List<Object> params = new java.util.ArrayList<>();
		params.add(year);
		days.forEach(d -> {
			params.add(d.date());
			params.add(d.kind().name());
			params.add(d.name());
		});
		jdbc.sql("""
				with claimed as (insert into calendar_year (year) values (?) on conflict do nothing returning year)
				insert into calendar_day (day, kind, name, source)
				select v.day, v.kind, v.name, 'RULE' from (values %s) as v(day, kind, name)
				where exists (select 1 from claimed) on conflict do nothing""".formatted(values))
				.params(params).update();
	}

	/** Sets what a day is (an announced holiday, day off or swapped working day). */
	@Transactional
	public CalendarDay put(LocalDate date, String kind, String name) {
		DayKind dayKind = parseKind(kind);
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 200) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("name",
					label.isEmpty() ? "value.required" : "value.too-long", 200)));
		}
		year(date.getYear());
		jdbc.sql("""
				insert into calendar_day (day, kind, name, source, updated_by) values (?, ?, ?, 'ADMIN', ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = 'ADMIN',
				  updated_by = excluded.updated_by, updated_at = now()""")
				.params(date, dayKind.name(), label, Actors.require().username()).update();
		audit.record("calendar.put", "calendar-day", date.toString(), dayKind + " " + label);
		current.set(null);
		return new CalendarDay(date, dayKind, label);
	}

	/** Makes a day an ordinary day again (worked unless it is a weekly rest day). */
	@Transactional
	public void remove(LocalDate date) {
		year(date.getYear());
		if (jdbc.sql("delete from calendar_day where day = ?").param(date).update() == 0) {
			throw DomainException.notFound("calendar.day-not-found", date);
		}
		audit.record("calendar.remove", "calendar-day", date.toString(), "");
		current.set(null);
	}

	private static DayKind parseKind(String kind) {
		try {
			return DayKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("kind",
					"calendar.kind-invalid", kind)));
		}
	}
}
