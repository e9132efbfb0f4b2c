package vn.tinhso.dossier.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.core.Applicant;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCatalogue;
import vn.tinhso.platform.ProvinceTime;

/**
 * Reception at the one-stop desk (or of a postal dossier): the officer picks the agency and the
 * procedure, types the applicant's details and scans the papers; the dossier is received at once.
 */
@Controller
@RequestMapping("/staff/dossiers/receive")
class ReceptionPages {


	private final DossierService service;
	private final ProcedureCatalogue catalogue;
	private final StaffAccess staff;
	private final Problems problems;

	ReceptionPages(DossierService service, ProcedureCatalogue catalogue, StaffAccess staff, Problems problems) {
		this.service = service;
		this.catalogue = catalogue;
		this.staff = staff;
		this.problems = problems;
	}

	/** The applicant's details as typed, kept when the form comes back with errors. */
	record DeskForm(String applicantKind, String applicantName, String applicantIdNumber, String applicantPhone,
			String applicantEmail, String applicantAddress, String channel) {
	}

	@GetMapping
	String form(@RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
			Model model) {
		fill(Actors.require(), agency, procedure, model);
		model.addAttribute("form", new DeskForm("CITIZEN", "", "", "", "", "", "IN_PERSON"));
		model.addAttribute("submissionKey", UUID.randomUUID());
		return "dossiers/receive";
	}

	@PostMapping
	String receive(@RequestParam String agency, @RequestParam String procedure, @RequestParam UUID submissionKey,
			@ModelAttribute("form") DeskForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		try {
			Channel channel = "POSTAL".equals(form.channel()) ? Channel.POSTAL : Channel.IN_PERSON;
			Applicant applicant = new Applicant(null, form.applicantKind(), form.applicantName(), form.applicantIdNumber(),
					form.applicantEmail(), form.applicantPhone(), form.applicantAddress());
			String code = service.submit(actor, new Submission(procedure, agency, channel, submissionKey, applicant,
					Uploads.of(request), false));
			redirect.addFlashAttribute("notice", "dossier.action.RECEIVE");
			redirect.addFlashAttribute("noticeArg", code);
			return "redirect:/staff/dossiers/" + code;
		}
		catch (DomainException e) {
			fill(actor, agency, procedure, model);
			model.addAttribute("submissionKey", submissionKey);
			return FormErrors.reshow("dossiers/receive", e, problems, model, response);
		}
	}

	private void fill(Actor actor, String agency, String procedureCode, Model model) {
		List<RoleGrant> desks = staff.grants(actor.accountId()).stream().filter(g -> g.role() == Role.ONE_STOP_OFFICER).toList();
		String chosen = agency != null && !agency.isBlank() ? agency : desks.size() == 1 ? desks.get(0).agencyCode() : null;
		LocalDate today = LocalDate.now(ProvinceTime.ZONE);
		List<Procedure> procedures = chosen == null ? List.of() : catalogue.implementedBy(chosen, today);
		Procedure procedure = procedureCode == null ? null
				: procedures.stream().filter(p -> p.code().equals(procedureCode)).findFirst().orElse(null);
		model.addAttribute("desks", desks);
		model.addAttribute("agency", chosen);
		model.addAttribute("procedures", procedures);
		model.addAttribute("procedure", procedure);
	}
}
