package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingTimeTest {

	private final WorkingTime time = new WorkingTime(WorkingCalendar.statutory(), WorkingHours.STANDARD);

	private static LocalDateTime at(String iso) {
		return LocalDateTime.parse(iso);
	}

	@Test
	void wholeDaysKeepTheTimeOfDay() {
		// Monday 10:00 + 3 working days = Thursday 10:00.
		assertThat(time.due(at("2026-03-09T10:00"), new BigDecimal("3"))).isEqualTo(at("2026-03-12T10:00"));
	}

	@Test
	void acrossTetTheHolidaysDoNotCount() {
		// Friday 13 February 2026 10:00; Tết runs 16–20 February; 3 days end on Wednesday 25 February.
		assertThat(time.due(at("2026-02-13T10:00"), new BigDecimal("3"))).isEqualTo(at("2026-02-25T10:00"));
	}

	@Test
	void receiptOnAHolidayCountsFromTheNextWorkingDay() {
		// 30/4/2026 (Thursday) and 1/5 are holidays, then a weekend: the clock starts Monday 4 May.
		assertThat(time.clockStart(at("2026-04-30T09:00"))).isEqualTo(at("2026-05-04T07:30"));
		assertThat(time.due(at("2026-04-30T09:00"), BigDecimal.ONE)).isEqualTo(at("2026-05-04T17:00"));
	}

	@Test
	void fridayAfternoonAfterTheCutOffCountsFromMonday() {
		assertThat(time.clockStart(at("2026-03-06T16:30"))).isEqualTo(at("2026-03-09T07:30"));
		assertThat(time.due(at("2026-03-06T16:30"), new BigDecimal("2"))).isEqualTo(at("2026-03-10T17:00"));
		// Before the cut-off it counts from the receipt itself.
		assertThat(time.due(at("2026-03-06T15:00"), BigDecimal.ONE)).isEqualTo(at("2026-03-09T15:00"));
	}

	@Test
	void halfDaysSkipTheLunchBreak() {
		assertThat(time.due(at("2026-03-09T08:00"), new BigDecimal("0.5"))).isEqualTo(at("2026-03-09T13:30"));
		assertThat(time.clockStart(at("2026-03-09T12:00"))).isEqualTo(at("2026-03-09T13:00"));
	}

	@Test
	void elapsedWorkingTimeBetweenTwoInstants() {
		// Friday 10:00 to Tuesday 10:00: 5.5 h + 8 h + 2.5 h.
		assertThat(time.between(at("2026-03-06T10:00"), at("2026-03-10T10:00"))).isEqualTo(Duration.ofHours(16));
		assertThat(time.between(at("2026-03-10T10:00"), at("2026-03-06T10:00"))).isZero();
		assertThat(time.between(at("2026-02-14T00:00"), at("2026-02-22T23:59"))).isZero();
	}

	@Test
	void pausedClockDoesNotCountTheApplicantsTime() {
		Duration threeDays = WorkingHours.STANDARD.day().multipliedBy(3);
		WorkClock clock = WorkClock.start(threeDays, at("2026-03-09T08:00"));
		assertThat(clock.due(time)).isEqualTo(at("2026-03-12T08:00"));
		clock = clock.pause(at("2026-03-10T08:00"), time);
		assertThat(clock.due(time)).isNull();
		assertThat(clock.elapsed(at("2026-03-11T12:00"), time)).isEqualTo(Duration.ofHours(8));
		clock = clock.resume(at("2026-03-12T08:00"));
		// 16 working hours left from Thursday 08:00: 7.5 h Thursday, 8 h Friday, 0.5 h Monday.
		assertThat(clock.due(time)).isEqualTo(at("2026-03-16T08:00"));
	}

	@Test
	void administratorEntriesOverrideTheRules() {
		// A swapped working Saturday and an extra day off, as the government announces them.
		WorkingCalendar announced = new WorkingCalendar(WorkingCalendar.WEEKEND, year -> List.of(
				new CalendarDay(LocalDate.of(2026, 3, 14), DayKind.WORKING_DAY, "Làm bù"),
				new CalendarDay(LocalDate.of(2026, 3, 10), DayKind.DAY_OFF, "Nghỉ hoán đổi")));
		WorkingTime swapped = new WorkingTime(announced, WorkingHours.STANDARD);
		assertThat(announced.isWorkingDay(LocalDate.of(2026, 3, 14))).isTrue();
		assertThat(announced.isWorkingDay(LocalDate.of(2026, 3, 10))).isFalse();
		// From Monday 9 March 08:00 the working days after it are Wed, Thu, Fri and the swapped Saturday.
		assertThat(swapped.due(at("2026-03-09T08:00"), new BigDecimal("3"))).isEqualTo(at("2026-03-13T08:00"));
		assertThat(swapped.due(at("2026-03-09T08:00"), new BigDecimal("4"))).isEqualTo(at("2026-03-14T08:00"));
		assertThat(time.due(at("2026-03-09T08:00"), new BigDecimal("4"))).isEqualTo(at("2026-03-13T08:00"));
	}
}
