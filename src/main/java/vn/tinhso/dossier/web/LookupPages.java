package vn.tinhso.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.dossier.core.PublicLookup;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Public status lookup: a form, and the page the receipt's QR code opens. */
@Controller
class LookupPages {

	private final PublicLookup lookup;
	private final Problems problems;

	LookupPages(PublicLookup lookup, Problems problems) {
		this.lookup = lookup;
		this.problems = problems;
	}

	@GetMapping("/lookup")
	String form(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("status", lookup.find(code));
			}
			catch (DomainException e) {
				model.addAttribute("errors", problems.byField(e));
			}
		}
		model.addAttribute("code", code == null ? "" : code);
		return "dossiers/lookup";
	}

	@GetMapping("/lookup/{code}")
	String byCode(@PathVariable String code, Model model) {
		return form(code, model);
	}
}
