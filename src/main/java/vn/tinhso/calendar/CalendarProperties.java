package vn.tinhso.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Office hours and the receipt cut-off of the province ({@code tinhso.calendar.*}). */
@ConfigurationProperties("tinhso.calendar")
record CalendarProperties(@DefaultValue("07:30") LocalTime morningStart, @DefaultValue("11:30") LocalTime morningEnd,
		@DefaultValue("13:00") LocalTime afternoonStart, @DefaultValue("17:00") LocalTime afternoonEnd,
		@DefaultValue("16:00") LocalTime cutOff) {

	WorkingHours hours() {
		return new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd, cutOff);
	}
}
