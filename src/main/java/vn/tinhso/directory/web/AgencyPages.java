package vn.tinhso.directory.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.PageOf;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyDraft;
import vn.tinhso.directory.agency.AgencyQuery;
import vn.tinhso.directory.agency.AgencyService;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Administration of the agency tree. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyPages {

	private final Agencies agencies;
	private final AgencyService service;
	private final Problems problems;

	AgencyPages(Agencies agencies, AgencyService service, Problems problems) {
		this.agencies = agencies;
		this.service = service;
		this.problems = problems;
	}

	@ModelAttribute("kinds")
	List<AgencyKind> kinds() {
		return List.of(AgencyKind.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page, Model model) {
		AgencyQuery query = new AgencyQuery(q, kind, active, null, page, 25);
		model.addAttribute("query", query);
		model.addAttribute("result", new PageOf<>(agencies.search(query), agencies.countMatching(query), query.page(),
				query.size()));
		return "admin/agencies";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String parentCode, Model model) {
		model.addAttribute("form", new AgencyDraft("", "", "", "", "", parentCode, "", "", ""));
		model.addAttribute("editing", false);
		return "admin/agency-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") AgencyDraft form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			service.create(form);
			redirect.addFlashAttribute("notice", "agency.created");
			redirect.addFlashAttribute("noticeArg", form.code());
			return "redirect:/admin/agencies?q=" + form.code();
		}
		catch (DomainException e) {
			return formWithErrors(e, false, 0, model, response);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		var agency = service.find(code);
		model.addAttribute("form", agency.toDraft());
		model.addAttribute("agency", agency);
		model.addAttribute("version", agency.version());
		model.addAttribute("editing", true);
		return "admin/agency-form";
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @RequestParam int version, @ModelAttribute("form") AgencyDraft form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			service.update(code, version, form);
			redirect.addFlashAttribute("notice", "agency.updated");
			redirect.addFlashAttribute("noticeArg", code);
			return "redirect:/admin/agencies?q={code}";
		}
		catch (DomainException e) {
			model.addAttribute("agency", service.find(code));
			return formWithErrors(e, true, version, model, response);
		}
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		return toggle(code, false, redirect);
	}

	@PostMapping("/{code}/activate")
	String activate(@PathVariable String code, RedirectAttributes redirect) {
		return toggle(code, true, redirect);
	}

	private String toggle(String code, boolean active, RedirectAttributes redirect) {
		try {
			service.setActive(code, active);
			redirect.addFlashAttribute("notice", active ? "agency.activated" : "agency.deactivated");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
		}
		redirect.addFlashAttribute("noticeArg", code);
		return "redirect:/admin/agencies?q={code}";
	}

	private String formWithErrors(DomainException e, boolean editing, int version, Model model,
			HttpServletResponse response) {
		model.addAttribute("editing", editing);
		model.addAttribute("version", version);
		return FormErrors.reshow("admin/agency-form", e, problems, model, response);
	}
}
