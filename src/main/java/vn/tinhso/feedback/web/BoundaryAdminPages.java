package vn.tinhso.feedback.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * System administrators see the commune and ward boundaries in use (a table, and a preview map drawn
 * from the public GeoJSON) and load a GeoJSON file through the same all-or-nothing import as the API.
 */
@Controller
@RequestMapping("/admin/feedback/boundaries")
class BoundaryAdminPages {

	private static final String VIEW = "admin/feedback-boundaries";

	private final CommuneMap map;
	private final MapSettings mapSettings;
	private final Problems problems;

	BoundaryAdminPages(CommuneMap map, MapSettings mapSettings, Problems problems) {
		this.map = map;
		this.mapSettings = mapSettings;
		this.problems = problems;
	}

	@GetMapping
	String show(Model model) {
		return view(model);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("feedback.boundary.file-empty");
			}
			int stored = map.importGeoJson(file.getBytes());
			redirect.addFlashAttribute("notice", "feedback.boundary.imported");
			redirect.addFlashAttribute("noticeArg", stored);
			return "redirect:/admin/feedback/boundaries";
		}
		catch (DomainException e) {
			view(model);
			return FormErrors.reshow(VIEW, e, problems, model, response);
		}
	}

	private String view(Model model) {
		model.addAttribute("boundaries", map.all());
		model.addAttribute("map", mapSettings);
		return VIEW;
	}
}
