package vn.tinhso.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Deadline arithmetic on working time (local Vietnamese date-times): a working day is the office
 * hours of a day the calendar works, so "3 working days" from Friday 10:00 is Wednesday 10:00 when
 * Monday is a holiday, and half a day is half the office hours.
 */
public final class WorkingTime {

	private static final int MAX_DAYS_SCANNED = 3660;

	private final WorkingCalendar calendar;
	private final WorkingHours hours;

	public WorkingTime(WorkingCalendar calendar, WorkingHours hours) {
		this.calendar = calendar;
		this.hours = hours;
	}

	/**
	 * When the clock of a dossier received at {@code receipt} starts: at once during office hours of a
	 * working day before the cut-off, else at the opening of the next working day.
	 */
	public LocalDateTime clockStart(LocalDateTime receipt) {
		LocalDate day = receipt.toLocalDate();
		if (calendar.isWorkingDay(day) && receipt.toLocalTime().isBefore(hours.cutOff())) {
			return atOrAfter(receipt);
		}
		return calendar.nextWorkingDay(day).atTime(hours.morningStart());
	}

	/** The due time of {@code workingDays} (whole or half days) counted from a receipt. */
	public LocalDateTime due(LocalDateTime receipt, BigDecimal workingDays) {
		long minutes = workingDays.multiply(BigDecimal.valueOf(hours.day().toMinutes())).longValueExact();
		return plus(clockStart(receipt), Duration.ofMinutes(minutes));
	}

	/** The working time of a number of whole or half days. */
	public Duration workingDays(BigDecimal days) {
		return Duration.ofMinutes(days.multiply(BigDecimal.valueOf(hours.day().toMinutes())).longValueExact());
	}

	/** The close of office hours on a day, the time an appointment on that day falls due. */
	public LocalDateTime closing(LocalDate day) {
		return day.atTime(hours.afternoonEnd());
	}

	/** Moves forward by an amount of working time. */
	public LocalDateTime plus(LocalDateTime start, Duration working) {
		if (working.isNegative()) {
			throw new IllegalArgumentException("Working time cannot be negative: " + working);
		}
		LocalDateTime at = atOrAfter(start);
		Duration left = working;
		for (int i = 0; i < MAX_DAYS_SCANNED * 2; i++) {
			LocalDateTime sessionEnd = at.toLocalDate().atTime(sessionEndOf(at.toLocalTime()));
			Duration available = Duration.between(at, sessionEnd);
			if (left.compareTo(available) <= 0) {
				return at.plus(left);
			}
			left = left.minus(available);
			at = atOrAfter(sessionEnd.plusNanos(1)).withNano(0);
		}
		throw new IllegalStateException("Working time too long: " + working);
	}

	/** Working time between two instants (zero when {@code to} is not after {@code from}). */
	public Duration between(LocalDateTime from, LocalDateTime to) {
		Duration total = Duration.ZERO;
		LocalDate day = from.toLocalDate();
		for (int i = 0; !day.isAfter(to.toLocalDate()) && i < MAX_DAYS_SCANNED; i++, day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				total = total.plus(overlap(from, to, day.atTime(hours.morningStart()), day.atTime(hours.morningEnd())))
						.plus(overlap(from, to, day.atTime(hours.afternoonStart()), day.atTime(hours.afternoonEnd())));
			}
		}
		return total;
	}

	/** The same instant if it is within office hours of a working day, else the next opening. */
	LocalDateTime atOrAfter(LocalDateTime t) {
		LocalDate day = t.toLocalDate();
		LocalTime time = t.toLocalTime();
		if (calendar.isWorkingDay(day)) {
			if (time.isBefore(hours.morningStart())) {
				return day.atTime(hours.morningStart());
			}
			if (time.isBefore(hours.morningEnd())) {
				return t;
			}
			if (time.isBefore(hours.afternoonStart())) {
				return day.atTime(hours.afternoonStart());
			}
			if (time.isBefore(hours.afternoonEnd())) {
				return t;
			}
		}
		return calendar.nextWorkingDay(day).atTime(hours.morningStart());
	}

	private LocalTime sessionEndOf(LocalTime time) {
		return time.isBefore(hours.morningEnd()) ? hours.morningEnd() : hours.afternoonEnd();
	}

	private static Duration overlap(LocalDateTime from, LocalDateTime to, LocalDateTime start, LocalDateTime end) {
		LocalDateTime a = from.isAfter(start) ? from : start;
		LocalDateTime b = to.isBefore(end) ? to : end;
		return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
	}
}
