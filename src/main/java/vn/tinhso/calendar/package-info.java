/**
 * Calendar: the Vietnamese lunar calendar (computed astronomically for UTC+7), public holidays per the
 * Labour Code 2019, and working-day arithmetic for legal deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.tinhso.calendar;
