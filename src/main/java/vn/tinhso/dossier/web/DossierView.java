package vn.tinhso.dossier.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Dossiers;
import vn.tinhso.dossier.core.PublicLookup;
import vn.tinhso.dossier.papers.NoticePaper;
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

	/** A link to a notice paper; {@code kind} and {@code number} make its label. */
	record PaperLink(String href, String kind, Integer number) {
	}

	Dossier fill(Actor actor, String code, Model model) {
		Dossier d = service.view(actor, code);
		model.addAttribute("d", d);
		var progress = lookup.statusOf(d);
		model.addAttribute("agencyName", progress.agencyName());
		var history = dossiers.history(d.id());
		model.addAttribute("history", history);
		model.addAttribute("papers", NoticePaper.of(history).stream()
				.map(p -> new PaperLink(NoticePapersApi.href(d.code(), p), p.kind().name(), p.number())).toList());
		model.addAttribute("files", dossiers.files(d.id()));
		model.addAttribute("delivery", dossiers.delivery(d.id()).orElse(null));
		var actions = service.available(actor, d);
		model.addAttribute("actions", actions);
		// Only a hand-over shows whom it could go to; applicants never see the list.
		boolean handsOver = actor.isOfficial() && actions.stream().anyMatch(a -> a.advanceStep());
		model.addAttribute("candidates", handsOver ? service.nextStepCandidates(d) : java.util.List.of());
		model.addAttribute("progress", progress);
		model.addAttribute("now", service.currentTime());
		return d;
	}
}
