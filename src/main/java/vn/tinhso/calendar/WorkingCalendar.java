package vn.tinhso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Which days are worked: weekly rest days (Saturday and Sunday unless an agency says otherwise) and
 * the entries of each year (holidays, days off, swapped working days), fetched once per year.
 */
public final class WorkingCalendar {

	public static final Set<DayOfWeek> WEEKEND = java.util.Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

	private final Set<DayOfWeek> restDays;
	private final IntFunction<List<CalendarDay>> entriesOfYear;
	private final Map<Integer, Map<LocalDate, CalendarDay>> years = new ConcurrentHashMap<>();

	public WorkingCalendar(Set<DayOfWeek> restDays, IntFunction<List<CalendarDay>> entriesOfYear) {
		this.restDays = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
		this.entriesOfYear = entriesOfYear;
	}

	/** The statutory calendar: weekends and the Labour Code holidays, without announced adjustments. */
	public static WorkingCalendar statutory() {
		return new WorkingCalendar(WEEKEND, year -> HolidayRules.forYear(year, WEEKEND));
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay entry = entry(date);
		if (entry != null) {
			return entry.kind() == DayKind.WORKING_DAY;
		}
		return !restDays.contains(date.getDayOfWeek());
	}

	/** The holiday, day off or swapped working day on this date, if any. */
	public CalendarDay entry(LocalDate date) {
		return years.computeIfAbsent(date.getYear(), year -> {
			Map<LocalDate, CalendarDay> byDate = new java.util.HashMap<>();
			entriesOfYear.apply(year).forEach(day -> byDate.put(day.date(), day));
			return byDate;
		}).get(date);
	}

	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate day = date.plusDays(1);
		for (int guard = 0; !isWorkingDay(day); guard++) {
			if (guard > 366) {
				throw new IllegalStateException("No working day within a year after " + date);
			}
			day = day.plusDays(1);
		}
		return day;
	}
}
