package vn.tinhso.feedback.open311;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/** Open311 date-times: W3C (ISO 8601 with an offset), written in the province's time zone. */
final class W3cTime {

	private W3cTime() {
	}

	static String format(OffsetDateTime t) {
		return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
				t.atZoneSameInstant(ProvinceTime.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
	}

	/** A parameter: a date-time with offset, or a date (its start in the province's time zone); null when absent. */
	static OffsetDateTime parse(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(value.strip()).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
			}
			catch (DateTimeParseException again) {
				throw DomainException.invalid("feedback.open311.date", name);
			}
		}
	}
}
