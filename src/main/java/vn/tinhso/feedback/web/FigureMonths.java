package vn.tinhso.feedback.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.ProvinceTime;

/**
 * The span of months the figures cover, typed as yyyy-MM on the officials' page and in the public API
 * alike; the last twelve months by default. Years are kept to 2000–2100: java.time would accept
 * "+999999999-12", and the month after it cannot be computed.
 */
record FigureMonths(YearMonth first, YearMonth last) {

	static final String BAD_MONTH = "feedback.figures.month";
	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2100;

	/** The months asked for; every wrong one reported at once as a field error. */
	static FigureMonths of(String from, String to, Clock clock) {
		List<FieldProblem> bad = new ArrayList<>();
		YearMonth last = month("to", to, bad);
		YearMonth first = month("from", from, bad);
		if (!bad.isEmpty()) {
			throw DomainException.invalidFields(bad);
		}
		last = last == null ? YearMonth.now(clock.withZone(ProvinceTime.ZONE)) : last;
		return new FigureMonths(first == null ? last.minusMonths(11) : first, last);
	}

	private static YearMonth month(String field, String value, List<FieldProblem> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
				return month;
			}
		}
		catch (DateTimeParseException e) {
			// reported below, as for a year out of range
		}
		bad.add(new FieldProblem(field, BAD_MONTH));
		return null;
	}
}
