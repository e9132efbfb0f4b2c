package vn.tinhso.calendar;

import java.time.DayOfWeek;
import java.util.Set;

/** An agency whose weekly rest days differ from Saturday and Sunday (empty: it works every day of the week). */
public record AgencyRestDays(String agencyCode, String agencyName, Set<DayOfWeek> restDays) {
}
