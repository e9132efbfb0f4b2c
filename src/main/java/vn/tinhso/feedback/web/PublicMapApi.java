package vn.tinhso.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.geo.Boundary;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.feedback.report.PublicMap;
import vn.tinhso.feedback.report.PublicReportFinder;
import vn.tinhso.feedback.report.PublicReportFinder.Filter;

/**
 * The public map's data as GeoJSON, visible reports only. Zoomed out (no {@code bbox}, or a zoom below
 * {@link MapSettings#pointZoom()}): one point per commune with how many reports match there, and the
 * extent of the matches as the collection's {@code bbox}. Zoomed in: the newest matches inside the box,
 * at most {@link PublicReportFinder#MAX_VIEW_POINTS}, and whether there are more ({@code truncated}).
 * Either answer is a few kilobytes where the whole province's points were 575 KB (bench/README.md,
 * "Field reports").
 */
@RestController
class PublicMapApi {

	static final String COMMUNES = "communes";
	static final String POINTS = "points";

	private final PublicMap map;
	private final CommuneMap communes;
	private final ReportCategories categories;
	private final MapSettings settings;
	private final MessageSource messages;

	PublicMapApi(PublicMap map, CommuneMap communes, ReportCategories categories, MapSettings settings,
			MessageSource messages) {
		this.map = map;
		this.communes = communes;
		this.categories = categories;
		this.settings = settings;
		this.messages = messages;
	}

	@Operation(summary = "Reports on the public map", description = "Without bbox, or below the point zoom (13 by default): "
			+ "one feature per commune with the count of matching reports and the extent of the matches as bbox. With bbox "
			+ "and zoom at or above it: the newest matching reports inside the box, at most 500, and truncated when there "
			+ "are more; their properties name the category and status by code, with the names in categories and statuses. "
			+ "A malformed box or zoom is refused with feedback.map.bbox-invalid or feedback.map.zoom-invalid.")
	@GetMapping(path = "/feedback/map.json", produces = { "application/geo+json", "application/json" })
	MapAnswer map(@RequestParam(required = false) String category, @RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) String commune,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "west,south,east,north in decimal degrees") @RequestParam(required = false) String bbox,
			@Parameter(description = "the map's zoom level, 0 to 19") @RequestParam(required = false) String zoom) {
		MapView view = MapView.parse(bbox, zoom);
		Filter filter = new Filter(category, status, commune, from, to).normalised();
		return view.showsPoints(settings.pointZoom()) ? points(filter, view) : communes(filter);
	}

	private MapAnswer communes(Filter filter) {
		PublicMap.CommuneTally tally = map.communes(filter);
		String query = PublicReportPages.query(filter.category(), filter.status(), null, filter.from(), filter.to());
		Map<String, Boundary> byCode = new HashMap<>();
		communes.all().forEach(b -> byCode.put(b.agencyCode(), b));
		List<Object> features = new ArrayList<>();
		tally.counts().forEach((code, count) -> {
			Boundary b = byCode.get(code);
			if (count > 0 && b != null) {
				double[] label = b.area().labelPoint();
				String url = "/feedback?" + PublicReportPages.query(null, null, code, null, null) + (query.isEmpty() ? "" : "&" + query);
				features.add(new Feature("Feature", new PointGeometry("Point", new double[] { label[1], label[0] }),
						new CommuneProperties(true, count, code, b.name(), url)));
			}
		});
		return new MapAnswer("FeatureCollection", COMMUNES, settings.pointZoom(), tally.total(), false, null,
				tally.extent() == null ? null : tally.extent().toArray(), null, null, features);
	}

	/**
	 * Writing points costs more than finding them (bench/README.md, "Field reports"), so they are records
	 * (not a map per point), each carries codes only, with the names of the categories and statuses once
	 * beside them, and positions are rounded to 10 cm: half the bytes to write and compress.
	 */
	private MapAnswer points(Filter filter, MapView view) {
		Locale locale = LocaleContextHolder.getLocale();
		PublicReportFinder.ViewPoints found = map.pointsIn(filter, view.box());
		Map<String, String> categoryNames = new TreeMap<>();
		Map<String, String> statusTexts = new TreeMap<>();
		List<Object> features = new ArrayList<>(found.points().size());
		for (PublicReportFinder.Point p : found.points()) {
			categoryNames.putIfAbsent(p.categoryCode(), p.categoryCode());
			statusTexts.putIfAbsent(p.status().name(), p.status().name());
			features.add(new Feature("Feature", new PointGeometry("Point", new double[] { rounded(p.lon()), rounded(p.lat()) }),
					new PointProperties(p.code(), p.categoryCode(), p.status().name())));
		}
		categoryNames.replaceAll((code, same) -> categories.find(code).map(c -> c.name(locale)).orElse(code));
		statusTexts.replaceAll((code, same) -> messages.getMessage("feedback.page.status." + code, null, code, locale));
		return new MapAnswer("FeatureCollection", POINTS, settings.pointZoom(), found.points().size(), found.truncated(),
				PublicReportFinder.MAX_VIEW_POINTS, null, categoryNames, statusTexts, features);
	}

	/** Degrees to 6 decimals (about 10 cm): as precise as a pin on a street map needs, and short to write. */
	private static double rounded(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	/**
	 * A GeoJSON FeatureCollection with foreign members: {@code view} (communes or points), {@code pointZoom}
	 * (from which zoom points are shown), {@code total} (reports in the commune counts, or points in the
	 * answer), {@code truncated} and {@code limit} (points: more than {@code limit} match in the box), and
	 * for points the names of the {@code categories} and {@code statuses} their properties name by code.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MapAnswer(String type, String view, int pointZoom, long total, boolean truncated, Integer limit, double[] bbox,
			Map<String, String> categories, Map<String, String> statuses, List<Object> features) {
	}

	record Feature(String type, PointGeometry geometry, Object properties) {
	}

	record PointGeometry(String type, double[] coordinates) {
	}

	record PointProperties(String code, String category, String status) {
	}

	record CommuneProperties(boolean cluster, long count, String commune, String name, String url) {
	}
}
