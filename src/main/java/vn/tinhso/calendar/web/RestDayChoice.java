package vn.tinhso.calendar.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the rest-days form shows: the agency chosen and the days ticked (as sent back after a refusal). */
record RestDayChoice(String agencyCode, Set<DayOfWeek> days) {

	public boolean ticked(DayOfWeek day) {
		return days.contains(day);
	}

	/** The ticked days that are days of the week; anything else was refused and is not shown ticked. */
	static Set<DayOfWeek> known(List<String> names) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (names.contains(day.name())) {
				days.add(day);
			}
		}
		return days;
	}
}
