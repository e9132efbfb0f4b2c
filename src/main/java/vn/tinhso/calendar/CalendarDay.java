package vn.tinhso.calendar;

import java.time.LocalDate;

/** One day the calendar treats specially, with its Vietnamese name (e.g. "Tết Nguyên đán (mùng 1)"). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
