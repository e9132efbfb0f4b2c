package vn.tinhso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Public holidays of the Labour Code 2019 (art. 112) for a year, as a pre-fill that administrators
 * adjust to the government's announcement: 1/1; five days of Tết (the last day of the lunar year and
 * the first four of the new one); Hùng Kings' day (10/3 lunar); 30/4; 1/5; 2/9 with one adjacent day
 * chosen to join a weekend. A holiday on a weekly rest day gives the next working day off.
 */
public final class HolidayRules {

	private HolidayRules() {
	}

	public static List<CalendarDay> forYear(int year, Set<DayOfWeek> restDays) {
		TreeMap<LocalDate, CalendarDay> holidays = new TreeMap<>();
		add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = LunarCalendar.toSolar(LunarDate.of(year, 1, 1)).orElseThrow();
		add(holidays, tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm)");
		for (int i = 0; i < 4; i++) {
			add(holidays, tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
		}
		add(holidays, LunarCalendar.toSolar(LunarDate.of(year, 3, 10)).orElseThrow(), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
		add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
		LocalDate national = LocalDate.of(year, 9, 2);
		add(holidays, national, "Quốc khánh (2/9)");
		add(holidays, adjacentToNationalDay(national), "Quốc khánh (ngày liền kề)");
		List<CalendarDay> days = new ArrayList<>(holidays.values());
		days.addAll(compensations(holidays, restDays));
		days.sort(Comparator.comparing(CalendarDay::date));
		return days;
	}

	/** The day next to 2/9 that makes the longer break with the weekend. */
	static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
		return switch (nationalDay.getDayOfWeek()) {
			case MONDAY, WEDNESDAY, THURSDAY -> nationalDay.plusDays(1);
			default -> nationalDay.minusDays(1);
		};
	}

	private static List<CalendarDay> compensations(TreeMap<LocalDate, CalendarDay> holidays, Set<DayOfWeek> restDays) {
		List<CalendarDay> result = new ArrayList<>();
		java.util.Set<LocalDate> taken = new java.util.HashSet<>(holidays.keySet());
		for (CalendarDay holiday : holidays.values()) {
			if (!restDays.contains(holiday.date().getDayOfWeek())) {
				continue;
			}
			LocalDate day = holiday.date().plusDays(1);
			while (restDays.contains(day.getDayOfWeek()) || taken.contains(day)) {
				day = day.plusDays(1);
			}
			taken.add(day);
			result.add(new CalendarDay(day, DayKind.DAY_OFF, "Nghỉ bù " + holiday.name()));
		}
		return result;
	}

	private static void add(TreeMap<LocalDate, CalendarDay> days, LocalDate date, String name) {
		days.put(date, new CalendarDay(date, DayKind.HOLIDAY, name));
	}
}
