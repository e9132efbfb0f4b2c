package vn.tinhso.feedback.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tinhso.feedback.category.ReportCategories;

/**
 * What the three report forms share (a citizen's, a guest's, the hotline operator's): the fields as
 * typed when the form comes back with errors, the active categories, and where the pin map opens.
 * The fields themselves are the fragments of {@code feedback/report-form.html}.
 */
@Component
class ReportForm {

	/** The form's fields as typed; name, e-mail and phone are the guest's or the caller's. */
	record Typed(String category, String description, Double lat, Double lon, String address, boolean anonymous,
			String name, String email, String phone) {

		static Typed empty() {
			return new Typed("", "", null, null, "", false, "", "", "");
		}
	}

	private final ReportCategories categories;
	private final MapSettings map;

	ReportForm(ReportCategories categories, MapSettings map) {
		this.categories = categories;
		this.map = map;
	}

	/**
	 * Fills the model of a form: the map opens on the given point (a link from the public map passes
	 * it), on the typed pin when the form comes back, or on the province.
	 */
	void fill(Model model, Typed typed, UUID submissionKey, Double lat, Double lon, Integer zoom) {
		model.addAttribute("typed", typed);
		model.addAttribute("submissionKey", submissionKey);
		model.addAttribute("categories", categories.all(true));
		model.addAttribute("map", map);
		boolean placed = lat != null && lon != null && Double.isFinite(lat) && Double.isFinite(lon);
		model.addAttribute("mapLat", placed ? lat : map.centerLat());
		model.addAttribute("mapLon", placed ? lon : map.centerLon());
		model.addAttribute("mapZoom", zoom != null ? Math.max(3, Math.min(19, zoom)) : placed ? 16 : map.zoom());
	}

	/** A redirect to another report form (the citizen's or the guest's) keeping where the map was to open. */
	static String redirect(String path, Double lat, Double lon, Integer zoom) {
		return "redirect:" + UriComponentsBuilder.fromPath(path).queryParamIfPresent("lat", Optional.ofNullable(lat))
				.queryParamIfPresent("lon", Optional.ofNullable(lon)).queryParamIfPresent("zoom", Optional.ofNullable(zoom))
				.build().toUriString();
	}
}
