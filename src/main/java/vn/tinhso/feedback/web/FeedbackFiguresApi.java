package vn.tinhso.feedback.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.report.FeedbackFigures;
import vn.tinhso.feedback.report.FigureLine;

/** Public figures of field reports, for the IOC screen and open data. */
@RestController
@Tag(name = "Phản ánh: số liệu (figures)", description = "Số liệu tiếp nhận, xử lý đúng hạn, quá hạn, hài lòng")
class FeedbackFiguresApi {

	record Line(String key, String name, FigureLine figures) {
	}

	private final FeedbackFigures figures;
	private final FigureNames names;
	private final Clock clock;

	FeedbackFiguresApi(FeedbackFigures figures, FigureNames names, Clock clock) {
		this.figures = figures;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/api/v1/feedback/public/figures")
	@Operation(summary = "Figures of the reports received from one month to another (yyyy-MM; the last 12 months by default), "
			+ "per agency, category, commune or month")
	List<Line> figures(@RequestParam(defaultValue = "agency") String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		FigureMonths months = FigureMonths.of(from, to, clock);
		Locale locale = LocaleContextHolder.getLocale();
		return figures.lines(by, months.first(), months.last()).stream()
				.map(l -> new Line(l.key(), names.of(by, l.key(), locale), l)).toList();
	}
}
