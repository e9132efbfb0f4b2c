package vn.tinhso.feedback.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Public report codes {@code PA-<yyMMdd>-<number>}: the day it was sent and a province-wide number
 * from a database sequence (no counter row to contend for, so many reports can be sent at once).
 */
@Component
class ReportCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	ReportCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(LocalDate day) {
		long number = jdbc.sql("select nextval('feedback_report_number')").query(Long.class).single();
		return "PA-" + DAY.format(day) + "-" + String.format("%06d", number);
	}
}
