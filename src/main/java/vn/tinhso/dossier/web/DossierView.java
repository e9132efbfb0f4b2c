package vn.tinhso.dossier.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Dossiers;
import vn.tinhso.dossier.core.PublicLookup;
import vn.tinhso.platform.Actor;

/** Fills the model of the dossier page shared by applicants and officials. */
@Component
class DossierView {

	private final DossierService service;
	private final Dossiers dossiers;
	private final PublicLookup lookup;

	DossierView(DossierService service, Dossiers dossiers, PublicLookup lookup) {
		this.service = service;
		this.dossiers = dossiers;
		this.lookup = lookup;
	}

	Dossier fill(Actor actor, String code, Model model) {
		Dossier d = service.view(actor, code);
		model.addAttribute("d", d);
		var progress = lookup.statusOf(d);
		model.addAttribute("agencyName", progress.agencyName());
		model.addAttribute("history", dossiers.history(d.id()));
		model.addAttribute("files", dossiers.files(d.id()));
		model.addAttribute("actions", service.available(actor, d));
		model.addAttribute("progress", progress);
		model.addAttribute("now", service.currentTime());
		return d;
	}
}
