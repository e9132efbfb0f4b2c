package vn.tinhso.procedure.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.PageOf;
import vn.tinhso.procedure.ProcedureCatalogue;
import vn.tinhso.procedure.catalogue.CatalogueEntry;
import vn.tinhso.procedure.catalogue.CatalogueQuery;
import vn.tinhso.procedure.catalogue.ProcedureService;
import vn.tinhso.procedure.catalogue.Procedures;

/** The public catalogue: search and one page per procedure. */
@Controller
@RequestMapping("/procedures")
class CataloguePages {

	private final Procedures procedures;
	private final ProcedureService service;
	private final ProcedureCatalogue catalogue;
	private final AgencyDirectory agencies;

	CataloguePages(Procedures procedures, ProcedureService service, ProcedureCatalogue catalogue,
			AgencyDirectory agencies) {
		this.procedures = procedures;
		this.service = service;
		this.catalogue = catalogue;
		this.agencies = agencies;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) String level, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String onlineLevel, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = new CatalogueQuery(q, field, level, agency, onlineLevel, false, page, 20);
		var today = CatalogueAccess.today();
		model.addAttribute("query", query);
		model.addAttribute("result", new PageOf<>(procedures.search(query, today), procedures.countMatching(query, today),
				query.page(), query.size()));
		model.addAttribute("fields", procedures.fields());
		model.addAttribute("agencies", procedures.implementingAgencyCodes().stream().map(agencies::findByCode)
				.flatMap(Optional::stream).toList());
		return "procedures/search";
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		CatalogueEntry entry = CatalogueAccess.visible(service.find(code));
		List<AgencySummary> implementers = entry.procedure().implementedByEveryCommune() ? List.of()
				: catalogue.implementers(entry.procedure());
		model.addAttribute("entry", entry);
		model.addAttribute("p", entry.procedure());
		model.addAttribute("inEffect", entry.procedure().inEffectOn(CatalogueAccess.today()));
		model.addAttribute("implementers", implementers);
		return "procedures/detail";
	}
}
