package vn.tinhso.feedback.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Public report codes {@code PA-<yyMMdd>-<number>}: the day it was sent and a province-wide number
 * from a database sequence (no counter row to contend for, so many reports can be sent at once). The
 * number is drawn by the statement that stores the report, so sending one costs no extra round trip.
 */
final class ReportCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/** The next code as an SQL expression; its one parameter is {@link #day}. Six digits at least, more when needed. */
	static final String NEXT = """
			(select 'PA-' || ? || '-' || case when n < 1000000 then lpad(n::text, 6, '0') else n::text end
			 from nextval('feedback_report_number') n)""";

	private ReportCodes() {
	}

	/** The day part of the code of a report sent on that day (in the province's time). */
	static String day(LocalDate day) {
		return DAY.format(day);
	}
}
