package vn.tinhso.dossier.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.files.FileStore;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCatalogue;
import vn.tinhso.platform.ProvinceTime;

/** The applicant's side: apply online, follow my dossiers, supplement, withdraw. */
@Controller
class ApplicationPages {


	private final DossierService service;
	private final ProcedureCatalogue catalogue;
	private final ApplicantDirectory applicants;
	private final DossierView view;
	private final Problems problems;
	private final FileStore files;

	ApplicationPages(DossierService service, ProcedureCatalogue catalogue, ApplicantDirectory applicants, DossierView view,
			Problems problems, FileStore files) {
		this.files = files;
		this.service = service;
		this.catalogue = catalogue;
		this.applicants = applicants;
		this.view = view;
		this.problems = problems;
	}

	@GetMapping("/dossiers/new")
	String form(@RequestParam String procedure, Model model) {
		fillForm(Actors.require(), procedure, UUID.randomUUID(), null, model);
		return "dossiers/apply";
	}

	@PostMapping("/dossiers")
	String submit(@RequestParam String procedure, @RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) UUID submissionKey, @RequestParam(defaultValue = "false") boolean declared,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		try {
			String code = service.submit(actor, new Submission(procedure, agencyCode, Channel.ONLINE, submissionKey, null,
					Uploads.of(request), declared));
			redirect.addFlashAttribute("notice", "dossier.submitted");
			redirect.addFlashAttribute("noticeArg", code);
			return "redirect:/my/dossiers/" + code;
		}
		catch (DomainException e) {
			fillForm(actor, procedure, submissionKey == null ? UUID.randomUUID() : submissionKey, agencyCode, model);
			return FormErrors.reshow("dossiers/apply", e, problems, model, response);
		}
	}

	@GetMapping("/my/dossiers")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", service.mine(Actors.require(), Math.max(0, page), 20));
		model.addAttribute("now", service.currentTime());
		return "dossiers/mine";
	}

	@GetMapping("/my/dossiers/{code}")
	String dossier(@PathVariable String code, Model model) {
		view.fill(Actors.require(), code, model);
		model.addAttribute("staffView", false);
		return "dossiers/detail";
	}

	/** The applicant's actions: SUPPLEMENT (with files) and WITHDRAW. */
	@PostMapping("/my/dossiers/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "-1") int version, HttpServletRequest request, RedirectAttributes redirect) {
		return Actions.take(service, problems, code, new ActionRequest(action, note, null, Uploads.of(request), version),
				redirect, "redirect:/my/dossiers/{code}");
	}

	private void fillForm(Actor actor, String procedureCode, UUID key, String agencyCode, Model model) {
		Procedure p = catalogue.inEffect(procedureCode, LocalDate.now(ProvinceTime.ZONE))
				.orElseThrow(() -> DomainException.notFound("dossier.procedure.unavailable", procedureCode));
		var implementers = catalogue.implementers(p);
		model.addAttribute("p", p);
		model.addAttribute("agencies", implementers);
		model.addAttribute("agencyCode", agencyCode != null ? agencyCode : implementers.size() == 1 ? implementers.get(0).code() : "");
		model.addAttribute("submissionKey", key);
		model.addAttribute("profile", applicants.find(actor.accountId()).orElse(null));
		model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
	}
}
