package vn.tinhso.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.platform.PageOf;
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyQuery;

/** The public contact directory of the province's agencies (active ones only). */
@Controller
class PublicDirectoryPage {

	private final Agencies agencies;

	PublicDirectoryPage(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/directory")
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AgencyQuery query = new AgencyQuery(q, kind, true, null, page, 30);
		model.addAttribute("query", query);
		model.addAttribute("result", new PageOf<>(agencies.search(query), agencies.countMatching(query), query.page(),
				query.size()));
		return "directory";
	}
}
