package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidayRulesTest {

	private static List<LocalDate> dates(int year, DayKind kind) {
		return HolidayRules.forYear(year, WorkingCalendar.WEEKEND).stream().filter(d -> d.kind() == kind)
				.map(CalendarDay::date).toList();
	}

	@Test
	void year2026HasElevenStatutoryHolidays() {
		assertThat(dates(2026, DayKind.HOLIDAY)).containsExactly(
				LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
				LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
				LocalDate.of(2026, 4, 26),
				LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
	}

	@Test
	void aHolidayOnTheWeekendGivesTheNextWorkingDayOff() {
		// Giỗ Tổ 2026 falls on Sunday 26 April: Monday 27 April is the compensation day.
		assertThat(dates(2026, DayKind.DAY_OFF)).containsExactly(LocalDate.of(2026, 4, 27));
		// Tết 2025 runs Tuesday 28 January to Saturday 1 February: Monday 3 February is off.
		assertThat(dates(2025, DayKind.DAY_OFF)).contains(LocalDate.of(2025, 2, 3));
		// 1 January 2028 is a Saturday.
		assertThat(dates(2028, DayKind.DAY_OFF)).contains(LocalDate.of(2028, 1, 3));
	}

	@Test
	void nationalDayJoinsTheNearestWeekend() {
		assertThat(HolidayRules.adjacentToNationalDay(LocalDate.of(2024, 9, 2))).isEqualTo(LocalDate.of(2024, 9, 3));
		assertThat(HolidayRules.adjacentToNationalDay(LocalDate.of(2025, 9, 2))).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(HolidayRules.adjacentToNationalDay(LocalDate.of(2027, 9, 2))).isEqualTo(LocalDate.of(2027, 9, 3));
	}

	@Test
	void holidaysHaveVietnameseNames() {
		assertThat(HolidayRules.forYear(2026, WorkingCalendar.WEEKEND)).extracting(CalendarDay::name)
				.contains("Tết Nguyên đán (mùng 1)", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Quốc khánh (2/9)");
	}
}
