package vn.tinhso.dossier.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.ResultDelivery;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.InboxQuery;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** The officers' workspace: inbox with due marks, the dossier page with its actions, bulk hand-over. */
@Controller
@RequestMapping("/staff/dossiers")
class StaffDossierPages {

	private final DossierService service;
	private final DossierView view;
	private final Problems problems;

	StaffDossierPages(DossierService service, DossierView view, Problems problems) {
		this.service = service;
		this.view = view;
		this.problems = problems;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) String q, @RequestParam(required = false) Integer status,
			@RequestParam(required = false) String due, @RequestParam(defaultValue = "true") boolean mine,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = new InboxQuery(q, status, due, mine, null, page, 25);
		model.addAttribute("query", query);
		model.addAttribute("result", service.inbox(Actors.require(), query));
		model.addAttribute("now", service.currentTime());
		return "dossiers/inbox";
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, Model model) {
		view.fill(Actors.require(), code, model);
		model.addAttribute("staffView", true);
		return "dossiers/detail";
	}

	@PostMapping("/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newAppointment,
			@RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String assignee,
			@ModelAttribute ResultDelivery.Entered delivery, HttpServletRequest request, RedirectAttributes redirect) {
		return Actions.take(service, problems, code, new ActionRequest(action, note, newAppointment, Uploads.of(request),
				version).withAssignee(assignee).withDelivery(delivery), redirect, "redirect:/staff/dossiers/{code}");
	}

	/** Hands each checked dossier to its next step; reports how many moved and why others did not. */
	@PostMapping("/hand-over")
	String handOver(@RequestParam(name = "codes", required = false) List<String> codes, RedirectAttributes redirect) {
		int moved = 0;
		StringBuilder refused = new StringBuilder();
		for (String code : codes == null ? List.<String>of() : codes) {
			try {
				service.act(Actors.require(), code, new ActionRequest("HAND_OVER", "", null, List.of(), ActionRequest.ANY_VERSION));
				moved++;
			}
			catch (DomainException e) {
				refused.append(code).append(": ").append(problems.message(e.code(), e.args())).append(' ');
			}
		}
		redirect.addFlashAttribute("notice", "dossier.bulk-handed-over");
		redirect.addFlashAttribute("noticeArg", moved);
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("alert", refused.toString().strip());
		}
		return "redirect:/staff/dossiers";
	}
}
