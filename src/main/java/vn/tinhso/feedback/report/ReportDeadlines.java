package vn.tinhso.feedback.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.tinhso.calendar.CalendarService;
import vn.tinhso.calendar.WorkingTime;
import vn.tinhso.platform.ProvinceTime;

/**
 * ReportDeadlines in working time from the calendar: the IOC's (the province's calendar) to verify or
 * refuse, the responsible agency's (its own rest days) to resolve and to publish the answer.
 */
@Component
class ReportDeadlines {

	private final CalendarService calendar;
	private final FeedbackProperties properties;

	ReportDeadlines(CalendarService calendar, FeedbackProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	OffsetDateTime refuseDue(OffsetDateTime submitted) {
		return due(calendar.workingTime(), submitted, properties.refuseDays());
	}

	/** The deadlines to resolve a report and to publish its answer. */
	record Due(OffsetDateTime resolve, OffsetDateTime publish) {
	}

	/**
	 * The deadline to resolve from {@code from}, and the one to publish the answer after it; the agency's
	 * calendar is looked up once for both.
	 *
	 * @param agencyCode the responsible agency, or null for the province's calendar
	 */
	Due resolveAndPublishDue(String agencyCode, OffsetDateTime from) {
		WorkingTime time = time(agencyCode);
		OffsetDateTime resolve = due(time, from, properties.resolveDays());
		return new Due(resolve, time.plus(local(resolve), time.workingDays(BigDecimal.valueOf(properties.publishDays())))
				.atZone(ProvinceTime.ZONE).toOffsetDateTime());
	}

	/** The last moment the reporter may be asked for more information (province calendar, from acceptance). */
	OffsetDateTime infoDue(OffsetDateTime accepted) {
		return due(calendar.workingTime(), accepted, properties.infoDays());
	}

	/**
	 * Both deadlines moved by the working time the clock stood still (from the question to the answer), the
	 * same pause arithmetic as {@link vn.tinhso.calendar.WorkClock} uses for dossier supplements; a deadline
	 * not set stays null.
	 */
	Due extended(String agencyCode, OffsetDateTime resolveDue, OffsetDateTime publishDue, OffsetDateTime pausedFrom,
			OffsetDateTime resumedAt) {
		if (resolveDue == null && publishDue == null) {
			return new Due(null, null);
		}
		WorkingTime time = time(agencyCode);
		return new Due(extended(time, resolveDue, pausedFrom, resumedAt), extended(time, publishDue, pausedFrom, resumedAt));
	}

	private static OffsetDateTime extended(WorkingTime time, OffsetDateTime due, OffsetDateTime pausedFrom,
			OffsetDateTime resumedAt) {
		if (due == null) {
			return null;
		}
		var paused = time.between(local(pausedFrom), local(resumedAt));
		return time.plus(local(due), paused).atZone(ProvinceTime.ZONE).toOffsetDateTime();
	}

	private static java.time.LocalDateTime local(OffsetDateTime t) {
		return t.atZoneSameInstant(ProvinceTime.ZONE).toLocalDateTime();
	}

	private WorkingTime time(String agencyCode) {
		return agencyCode == null ? calendar.workingTime() : calendar.workingTimeOf(agencyCode);
	}

	private static OffsetDateTime due(WorkingTime time, OffsetDateTime from, int days) {
		var local = from.atZoneSameInstant(ProvinceTime.ZONE).toLocalDateTime();
		return time.due(local, BigDecimal.valueOf(days)).atZone(ProvinceTime.ZONE).toOffsetDateTime();
	}
}
