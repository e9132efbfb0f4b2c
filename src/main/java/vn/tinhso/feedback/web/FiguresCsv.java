package vn.tinhso.feedback.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.report.FigureLine;

/**
 * The figures as CSV for a spreadsheet: a byte-order mark so Excel reads Vietnamese as UTF-8, headers
 * in the reader's language, raw numbers (rates from 0 to 1, hours), and names that could start a
 * formula neutralised.
 */
@Component
class FiguresCsv {

	private static final List<String> COLUMNS = List.of("received", "resolved", "resolvedOnTime", "onTimeRate",
			"rejected", "open", "overdueNow", "averageResolutionHours", "rated", "averageRating");

	private final MessageSource messages;

	FiguresCsv(MessageSource messages) {
		this.messages = messages;
	}

	String of(String by, List<FigurePages.Row> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> header = new ArrayList<>();
		header.add(messages.getMessage("feedback.figures.csv.key", null, "key", locale));
		header.add(messages.getMessage("feedback.figures.by." + by, null, by, locale));
		COLUMNS.forEach(c -> header.add(messages.getMessage("feedback.figures.csv." + c, null, c, locale)));
		StringWriter out = new StringWriter().append('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
			csv.printRecord(header);
			for (FigurePages.Row r : rows) {
				FigureLine f = r.figures();
				csv.printRecord(safe(r.key()), safe(r.name()), f.received(), f.resolved(), f.resolvedOnTime(),
						n(f.onTimeRate()), f.rejected(), f.open(), f.overdueNow(), n(f.averageResolutionHours()), f.rated(),
						n(f.averageRating()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static String n(Double value) {
		return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
	}

	/** A text a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
