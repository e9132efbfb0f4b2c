package vn.tinhso.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Office hours of a working day, as a morning and an afternoon session, and the cut-off after which a
 * dossier received counts as received on the next working day.
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd, LocalTime cutOff) {

	/** 7:30–11:30 and 13:00–17:00; receipts after 16:00 count from the next working day. */
	public static final WorkingHours STANDARD = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(16, 0));

	public WorkingHours {
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("Sessions must be ordered: " + morningStart + "–" + morningEnd + ", "
					+ afternoonStart + "–" + afternoonEnd);
		}
	}

	/** Length of one working day: what "1 working day" of a deadline means on the clock. */
	public Duration day() {
		return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
	}
}
