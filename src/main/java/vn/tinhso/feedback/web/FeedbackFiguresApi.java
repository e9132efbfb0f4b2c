package vn.tinhso.feedback.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.report.FeedbackFigures;
import vn.tinhso.feedback.report.FigureLine;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/** Public figures of field reports, for the IOC screen and open data. */
@RestController
@Tag(name = "Phản ánh: số liệu (figures)", description = "Số liệu tiếp nhận, xử lý đúng hạn, quá hạn, hài lòng")
class FeedbackFiguresApi {

	record Line(String key, String name, FigureLine figures) {
	}

	private final FeedbackFigures figures;
	private final AgencyDirectory agencies;
	private final ReportCategories categories;
	private final Clock clock;

	FeedbackFiguresApi(FeedbackFigures figures, AgencyDirectory agencies, ReportCategories categories, Clock clock) {
		this.figures = figures;
		this.agencies = agencies;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping("/api/v1/feedback/public/figures")
	@Operation(summary = "Figures of the reports received from one month to another (yyyy-MM; the last 12 months by default), "
			+ "per agency, category, commune or month")
	List<Line> figures(@RequestParam(defaultValue = "agency") String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		YearMonth last = to == null ? YearMonth.now(clock.withZone(ProvinceTime.ZONE)) : month("to", to);
		YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
		Locale locale = LocaleContextHolder.getLocale();
		return figures.lines(by, first, last).stream().map(l -> new Line(l.key(), name(by, l.key(), locale), l)).toList();
	}

	private String name(String by, String key, Locale locale) {
		if (key.isEmpty() || "month".equals(by)) {
			return key;
		}
		if ("category".equals(by)) {
			return categories.find(key).map(c -> c.name(locale)).orElse(key);
		}
		return agencies.findByCode(key).map(AgencySummary::name).orElse(key);
	}

	private static YearMonth month(String field, String value) {
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("feedback.figures.month", field);
		}
	}
}
