package vn.tinhso.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.feedback.report.FeedbackFigures;
import vn.tinhso.feedback.report.FigureLine;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;
import vn.tinhso.platform.ProvinceTime;

/**
 * The officials' figures of field reports per agency, category, commune or month, as a table and as
 * CSV. IOC operators see the whole province; other officials the agencies where they handle reports
 * (units below included), exactly as in their inbox.
 */
@Controller
class FigurePages {

	static final List<String> GROUPINGS = List.of("agency", "category", "commune", "month");
	private static final String VIEW = "feedback/staff-figures";

	/** A line of the table: its key (a code or yyyy-MM), what to call it, and its figures. */
	record Row(String key, String name, FigureLine figures) {
	}

	/** The grouping, period and agency asked for, once the months typed are understood. */
	private record Filter(String by, YearMonth first, YearMonth last, String agency) {
	}

	private final FeedbackFigures figures;
	private final FigureNames names;
	private final FiguresCsv csv;
	private final Problems problems;
	private final MessageSource messages;
	private final Clock clock;

	FigurePages(FeedbackFigures figures, FigureNames names, FiguresCsv csv, Problems problems, MessageSource messages,
			Clock clock) {
		this.figures = figures;
		this.names = names;
		this.csv = csv;
		this.problems = problems;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/feedback/figures")
	String page(@RequestParam(defaultValue = "agency") String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String agency, Model model,
			HttpServletResponse response) {
		Actor actor = Actors.require();
		String grouping = GROUPINGS.contains(by) ? by : "agency";
		YearMonth thisMonth = YearMonth.now(clock.withZone(ProvinceTime.ZONE));
		model.addAttribute("by", grouping);
		model.addAttribute("groupings", GROUPINGS);
		model.addAttribute("from", from == null ? thisMonth.minusMonths(11).toString() : from.strip());
		model.addAttribute("to", to == null ? thisMonth.toString() : to.strip());
		model.addAttribute("agency", agency == null ? "" : agency.strip());
		model.addAttribute("province", figures.seesProvince(actor));
		model.addAttribute("rows", List.of());
		model.addAttribute("agencies", List.of());
		try {
			Filter f = filter(grouping, from, to, agency);
			List<Row> rows = rows(actor, f);
			model.addAttribute("rows", rows);
			model.addAttribute("total", total(rows));
			model.addAttribute("agencies", agencies(actor, f));
			model.addAttribute("period", period(f));
			return VIEW;
		}
		catch (DomainException e) {
			if (e.status().value() == 403) {
				throw e;
			}
			return FormErrors.reshow(VIEW, e, problems, model, response);
		}
	}

	@GetMapping("/staff/feedback/figures.csv")
	ResponseEntity<byte[]> download(@RequestParam(defaultValue = "agency") String by,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String agency) {
		Actor actor = Actors.require();
		Filter f = filter(GROUPINGS.contains(by) ? by : "agency", from, to, agency);
		String file = "so-lieu-phan-anh-" + f.by() + "-" + f.first() + "-" + f.last() + ".csv";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv.of(f.by(), rows(actor, f)).getBytes(StandardCharsets.UTF_8));
	}

	private List<Row> rows(Actor actor, Filter f) {
		Locale locale = LocaleContextHolder.getLocale();
		return figures.linesFor(actor, f.by(), f.first(), f.last(), f.agency()).stream()
				.map(l -> new Row(l.key(), name(f.by(), l.key(), locale), l)).toList();
	}

	/**
	 * The agencies to choose from: those with reports in the period, and the one chosen even when it has
	 * none, so that the form still shows what the table is about.
	 */
	private List<Row> agencies(Actor actor, Filter f) {
		List<Row> agencies = new ArrayList<>(rows(actor, new Filter("agency", f.first(), f.last(), null)).stream()
				.filter(r -> !r.key().isEmpty()).toList());
		if (f.agency() != null && agencies.stream().noneMatch(r -> r.key().equals(f.agency()))) {
			agencies.add(new Row(f.agency(), names.of("agency", f.agency(), LocaleContextHolder.getLocale()),
					new FigureLine(f.agency(), 0, 0, 0, null, 0, 0, 0, null, 0, null)));
		}
		return agencies;
	}

	/** A month as mm/yyyy; an empty key (not yet assigned, or no commune known) in words. */
	private String name(String by, String key, Locale locale) {
		if (key.isEmpty()) {
			return messages.getMessage("feedback.figures.none." + by, null, key, locale);
		}
		if ("month".equals(by)) {
			return key.substring(5) + "/" + key.substring(0, 4);
		}
		return names.of(by, key, locale);
	}

	private Filter filter(String by, String from, String to, String agency) {
		FigureMonths months = FigureMonths.of(from, to, clock);
		return new Filter(by, months.first(), months.last(), agency == null || agency.isBlank() ? null : agency.strip());
	}

	private static String period(Filter f) {
		return String.format("%02d/%d – %02d/%d", f.first().getMonthValue(), f.first().getYear(), f.last().getMonthValue(),
				f.last().getYear());
	}

	/** The figures of all rows together: sums, and rates and averages weighted by what they average. */
	static FigureLine total(List<Row> rows) {
		long received = 0, resolved = 0, onTime = 0, rejected = 0, open = 0, overdue = 0, rated = 0;
		double hours = 0, rating = 0;
		for (Row r : rows) {
			FigureLine f = r.figures();
			received += f.received();
			resolved += f.resolved();
			onTime += f.resolvedOnTime();
			rejected += f.rejected();
			open += f.open();
			overdue += f.overdueNow();
			rated += f.rated();
			hours += f.averageResolutionHours() == null ? 0 : f.averageResolutionHours() * f.resolved();
			rating += f.averageRating() == null ? 0 : f.averageRating() * f.rated();
		}
		return new FigureLine("", received, resolved, onTime, resolved == 0 ? null : round((double) onTime / resolved),
				rejected, open, overdue, resolved == 0 ? null : round(hours / resolved), rated,
				rated == 0 ? null : round(rating / rated));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
