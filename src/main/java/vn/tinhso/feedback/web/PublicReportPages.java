package vn.tinhso.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.feedback.report.PublicReportFinder;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.platform.PageOf;

/** The public map and list of reports, and each visible report's page: never personal data, never hidden reports. */
@Controller
class PublicReportPages {

	private final PublicReportFinder finder;
	private final ReportViews views;
	private final ReportResources resources;
	private final ReportCategories categories;
	private final CommuneMap communes;
	private final MapSettings map;
	private final MessageSource messages;

	PublicReportPages(PublicReportFinder finder, ReportViews views, ReportResources resources, ReportCategories categories,
			CommuneMap communes, MapSettings map, MessageSource messages) {
		this.finder = finder;
		this.views = views;
		this.resources = resources;
		this.categories = categories;
		this.communes = communes;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping("/feedback")
	String list(@RequestParam(required = false) String category, @RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) String commune,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PublicReportFinder.Filter filter = new PublicReportFinder.Filter(category, status, commune, from, to);
		PageOf<Report> p = finder.page(filter, page, 20);
		model.addAttribute("result", new PageOf<>(resources.summaries(p.items(), false), p.total(), p.page(), p.size()));
		model.addAttribute("categories", categories.all(true));
		model.addAttribute("communes", communes.all().stream().map(b -> new ReportResources.Named(b.agencyCode(), b.name()))
				.sorted((a, b) -> a.name().compareTo(b.name())).toList());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("category", category == null ? "" : category);
		model.addAttribute("status", status == null ? "" : status.name());
		model.addAttribute("commune", commune == null ? "" : commune);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		String query = query(category, status, commune, from, to);
		model.addAttribute("query", query);
		model.addAttribute("pagerBase", "/feedback" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("pointsUrl", "/feedback/map.json" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("map", map);
		return "feedback/public-list";
	}

	/**
	 * The located reports that match, as GeoJSON points for the public map. Writing up to 2 000 points costs
	 * more than finding them, so they are records (not a map per point) and each status's text is looked up
	 * once (bench/README.md, "Field reports").
	 */
	@GetMapping(path = "/feedback/map.json", produces = { "application/geo+json", "application/json" })
	@ResponseBody
	PointCollection points(@RequestParam(required = false) String category,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String commune,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = new LinkedHashMap<>();
		categories.all(false).forEach((Category c) -> names.put(c.code(), c.name(locale)));
		Map<ReportStatus, String> statusTexts = new EnumMap<>(ReportStatus.class);
		List<MapPoint> features = new ArrayList<>();
		for (PublicReportFinder.Point p : finder.points(new PublicReportFinder.Filter(category, status, commune, from, to))) {
			String statusText = statusTexts.computeIfAbsent(p.status(),
					s -> messages.getMessage("feedback.page.status." + s.name(), null, locale));
			features.add(new MapPoint("Feature", new PointGeometry("Point", new double[] { p.lon(), p.lat() }),
					new PointProperties(p.code(), names.getOrDefault(p.categoryCode(), p.categoryCode()), p.status().name(),
							statusText, "/feedback/" + p.code())));
		}
		return new PointCollection("FeatureCollection", features);
	}

	record PointCollection(String type, List<MapPoint> features) {
	}

	record MapPoint(String type, PointGeometry geometry, PointProperties properties) {
	}

	record PointGeometry(String type, double[] coordinates) {
	}

	record PointProperties(String code, String category, String status, String statusText, String url) {
	}

	@GetMapping("/feedback/{code}")
	String report(@PathVariable String code, Model model) {
		model.addAttribute("r", resources.published(views.published(code)));
		model.addAttribute("map", map);
		return "feedback/public-detail";
	}

	private static String query(String category, ReportStatus status, String commune, LocalDate from, LocalDate to) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (category != null && !category.isBlank()) {
			b.queryParam("category", category.strip());
		}
		if (status != null) {
			b.queryParam("status", status.name());
		}
		if (commune != null && !commune.isBlank()) {
			b.queryParam("commune", commune.strip());
		}
		if (from != null) {
			b.queryParam("from", from);
		}
		if (to != null) {
			b.queryParam("to", to);
		}
		String q = b.encode().build().getQuery();
		return q == null ? "" : q;
	}
}
