package vn.tinhso.dossier.web;

import java.time.YearMonth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.dossier.core.DossierFigures;
import vn.tinhso.platform.ProvinceTime;

/** The public figures page: one month, per agency and procedure. */
@Controller
class FiguresPage {

	private final DossierFigures figures;

	FiguresPage(DossierFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/figures")
	String month(@RequestParam(required = false) String month, @RequestParam(required = false) String agency, Model model) {
		YearMonth ym = month == null || month.isBlank() ? YearMonth.now(ProvinceTime.ZONE) : FiguresApi.parse(month);
		var rows = figures.month(ym, agency == null || agency.isBlank() ? null : agency.strip());
		model.addAttribute("month", ym.toString());
		model.addAttribute("agency", agency == null ? "" : agency);
		model.addAttribute("rows", rows);
		model.addAttribute("total", DossierFigures.total(rows));
		return "dossiers/figures";
	}
}
