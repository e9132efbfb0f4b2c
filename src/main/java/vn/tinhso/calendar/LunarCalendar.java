package vn.tinhso.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Conversions between the Gregorian and the Vietnamese lunar calendar, computed from astronomy for
 * Vietnam's time zone (UTC+7), not the Chinese UTC+8 — the two differ in some years (Tết 1985 and 2007).
 * Rules: a month starts on the local day of a new moon; month 11 contains the winter solstice; a year
 * with 13 new moons between two months 11 repeats the first month that contains no major solar term.
 * Valid at least for 1900–2100.
 */
public final class LunarCalendar {

	private static final double UNIX_EPOCH_JD = 2440587.5;
	private static final double ZONE_DAYS = 7.0 / 24;

	private LunarCalendar() {
	}

	public static LunarDate toLunar(LocalDate date) {
		long day = date.toEpochDay();
		long k = newMoonOnOrBefore(day);
		int baseYear = date.getYear() - 1;
		long a = month11(baseYear);
		long b = month11(baseYear + 1);
		if (k >= b) {
			baseYear++;
			a = b;
			b = month11(baseYear + 1);
		}
		int offset = (int) (k - a);
		int leapOffset = b - a == 13 ? leapOffset(a) : -1;
		boolean leap = offset == leapOffset;
		int index = leapOffset > 0 && offset >= leapOffset ? offset - 1 : offset;
		int month = 11 + index;
		int year = baseYear;
		if (month > 12) {
			month -= 12;
			year++;
		}
		return new LunarDate(year, month, (int) (day - newMoonDay(k)) + 1, leap);
	}

	/** The solar date of a lunar date, or empty if that date does not exist (no such leap month, day 30 of a short month). */
	public static Optional<LocalDate> toSolar(LunarDate lunar) {
		int baseYear = lunar.month() >= 11 ? lunar.year() : lunar.year() - 1;
		long a = month11(baseYear);
		long b = month11(baseYear + 1);
		int index = lunar.month() >= 11 ? lunar.month() - 11 : lunar.month() + 1;
		int leapOffset = b - a == 13 ? leapOffset(a) : -1;
		int offset;
		if (lunar.leap()) {
			if (leapOffset < 0 || index != leapOffset - 1) {
				return Optional.empty();
			}
			offset = leapOffset;
		}
		else {
			offset = leapOffset > 0 && index >= leapOffset ? index + 1 : index;
		}
		long start = newMoonDay(a + offset);
		long length = newMoonDay(a + offset + 1) - start;
		if (lunar.day() > length) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.ofEpochDay(start + lunar.day() - 1));
	}

	/** The leap month of a lunar year (its number; 0 when the year has none). */
	public static int leapMonth(int lunarYear) {
		long a = month11(lunarYear - 1);
		long b = month11(lunarYear);
		if (b - a != 13) {
			return 0;
		}
		int index = leapOffset(a) - 1;
		int month = 11 + index;
		return month > 12 ? month - 12 : month;
	}

	/** Local (UTC+7) day, as an epoch day, on which the k-th new moon falls. */
	static long newMoonDay(long k) {
		return (long) Math.floor(Astronomy.newMoon(k) - UNIX_EPOCH_JD + ZONE_DAYS);
	}

	private static long newMoonOnOrBefore(long day) {
		long k = (long) Math.floor((day + UNIX_EPOCH_JD - 2451550.09766) / Astronomy.SYNODIC_MONTH);
		while (newMoonDay(k + 1) <= day) {
			k++;
		}
		while (newMoonDay(k) > day) {
			k--;
		}
		return k;
	}

	/** Which 30° sector the Sun is in at the start (local midnight) of a day: 9 means 270°–300°. */
	private static int sunSector(long day) {
		return (int) (Astronomy.sunLongitude(day + UNIX_EPOCH_JD - ZONE_DAYS) / 30);
	}

	/** The new-moon index of month 11 of the lunar year that ends in {@code year}: the month holding the winter solstice. */
	static long month11(int year) {
		long day = LocalDate.of(year, 12, 10).toEpochDay();
		while (sunSector(day + 1) < 9) {
			day++;
		}
		return newMoonOnOrBefore(day);
	}

	/** Offset from month 11 of the first month without a major solar term (the leap month). */
	private static int leapOffset(long month11) {
		for (int i = 1; i <= 12; i++) {
			if (sunSector(newMoonDay(month11 + i)) == sunSector(newMoonDay(month11 + i + 1))) {
				return i;
			}
		}
		return 13;
	}
}
