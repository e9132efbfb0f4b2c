package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

	@ParameterizedTest(name = "Tết {0} is {1}")
	@CsvSource({
			"1900, 1900-01-31", "1945, 1945-02-13", "1968, 1968-01-29", "1975, 1975-02-11",
			// 1985, 2007 and 2030: Vietnam (UTC+7) celebrates earlier than China (UTC+8); in 2030 the
			// new moon falls at 23:07 in Hanoi on 2 February, 00:07 on 3 February in Beijing.
			"1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02",
			"2000, 2000-02-05", "2020, 2020-01-25", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29",
			"2026, 2026-02-17", "2027, 2027-02-06", "2050, 2050-01-23", "2099, 2099-01-21" })
	void lunarNewYear(int year, LocalDate tet) {
		assertThat(LunarCalendar.toSolar(LunarDate.of(year, 1, 1))).contains(tet);
		assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
		assertThat(LunarCalendar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
		assertThat(LunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
	}

	@ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26" })
	void hungKingsDay(int year, LocalDate date) {
		assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).contains(date);
	}

	@Test
	void leapMonths() {
		assertThat(LunarCalendar.leapMonth(2020)).isEqualTo(4);
		assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(2);
		assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(6);
		assertThat(LunarCalendar.leapMonth(2024)).isZero();
		assertThat(LunarCalendar.leapMonth(2026)).isZero();
		assertThat(LunarCalendar.toSolar(new LunarDate(2023, 2, 1, true))).contains(LocalDate.of(2023, 3, 22));
		assertThat(LunarCalendar.toSolar(new LunarDate(2025, 6, 1, true))).contains(LocalDate.of(2025, 7, 25));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
		assertThat(LunarCalendar.toSolar(new LunarDate(2024, 6, 1, true))).isEmpty();
	}

	@Test
	void midAutumnAndOtherKnownDays() {
		assertThat(LunarCalendar.toSolar(LunarDate.of(2024, 8, 15))).contains(LocalDate.of(2024, 9, 17));
		assertThat(LunarCalendar.toSolar(LunarDate.of(2025, 8, 15))).contains(LocalDate.of(2025, 10, 6));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 11, 22))).isEqualTo(LunarDate.of(2026, 10, 14));
	}

	@Test
	void everyDayFrom1900To2100RoundTrips() {
		LocalDate day = LocalDate.of(1900, 3, 1);
		LocalDate end = LocalDate.of(2100, 12, 31);
		LunarDate previous = LunarCalendar.toLunar(day.minusDays(1));
		while (!day.isAfter(end)) {
			LunarDate lunar = LunarCalendar.toLunar(day);
			assertThat(LunarCalendar.toSolar(lunar)).as(day.toString()).contains(day);
			assertThat(lunar.day() == 1 || lunar.day() == previous.day() + 1).as(day.toString()).isTrue();
			assertThat(lunar.day()).isLessThanOrEqualTo(30);
			previous = lunar;
			day = day.plusDays(1);
		}
	}
}
