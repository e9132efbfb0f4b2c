package vn.tinhso.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year lunar year, named by the solar year in which most of it falls (Tết 2026 starts year 2026)
 * @param month 1–12
 * @param day 1–30
 * @param leap true for the intercalary month (tháng nhuận) repeating {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leap) {

	public LunarDate {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("Not a lunar date: " + year + "/" + month + "/" + day);
		}
	}

	public static LunarDate of(int year, int month, int day) {
		return new LunarDate(year, month, day, false);
	}
}
