package vn.tinhso.feedback.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.feedback.ReportStatus;
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

	PublicReportPages(PublicReportFinder finder, ReportViews views, ReportResources resources, ReportCategories categories,
			CommuneMap communes, MapSettings map) {
		this.finder = finder;
		this.views = views;
		this.resources = resources;
		this.categories = categories;
		this.communes = communes;
		this.map = map;
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

	@GetMapping("/feedback/{code}")
	String report(@PathVariable String code, Model model) {
		model.addAttribute("r", resources.published(views.published(code)));
		model.addAttribute("map", map);
		return "feedback/public-detail";
	}

	/** The filters as a query string (encoded), for links and the map's requests; empty without filters. */
	static String query(String category, ReportStatus status, String commune, LocalDate from, LocalDate to) {
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
