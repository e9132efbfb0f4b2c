package vn.tinhso.calendar;

/** What a calendar entry makes of a day. */
public enum DayKind {
	/** A public holiday (ngày lễ, Tết). */
	HOLIDAY,
	/** A day off that is not itself a holiday: compensation (nghỉ bù) or a swapped day. */
	DAY_OFF,
	/** A usually free day worked instead (làm bù), e.g. a Saturday swapped with a bridge day. */
	WORKING_DAY
}
