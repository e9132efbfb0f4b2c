package vn.tinhso.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import vn.tinhso.platform.ProvinceTime;

/**
 * Dates and times as edXML carries them. The published SDK samples write dates as {@code yyyy/MM/dd}
 * and times as {@code yyyy/MM/dd HH:mm:ss} in Vietnam's time; the text of QCVN 102:2016 could not be
 * checked here, so we write those forms and also read ISO-8601 and the day-first forms other
 * implementations send. Impossible dates (30 February) are refused, not rolled over.
 */
final class EdxmlDates {

	private static final DateTimeFormatter DATE = strict("uuuu/MM/dd");
	private static final DateTimeFormatter TIME = strict("uuuu/MM/dd HH:mm:ss");
	private static final List<DateTimeFormatter> DATES = List.of(DATE, strict("uuuu-MM-dd"), strict("dd/MM/uuuu"));
	private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(TIME, strict("dd/MM/uuuu HH:mm:ss"),
			DateTimeFormatter.ISO_LOCAL_DATE_TIME);

	private EdxmlDates() {
	}

	static String format(LocalDate date) {
		return DATE.format(date);
	}

	static String format(Instant instant) {
		return TIME.format(instant.atZone(ProvinceTime.ZONE));
	}

	static LocalDate parseDate(String text, String path) {
		for (DateTimeFormatter f : DATES) {
			try {
				return LocalDate.parse(text, f);
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		throw EdxmlErrors.invalid(path, "edxml.date-format", text);
	}

	static Instant parseTime(String text, String path) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			// not ISO with an offset: a local time in Vietnam
		}
		for (DateTimeFormatter f : LOCAL_TIMES) {
			try {
				return LocalDateTime.parse(text, f).atZone(ProvinceTime.ZONE).toInstant();
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		throw EdxmlErrors.invalid(path, "edxml.time-format", text);
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}
}
