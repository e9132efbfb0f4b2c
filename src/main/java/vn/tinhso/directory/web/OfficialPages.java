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
import vn.tinhso.directory.Role;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.directory.official.OfficialQuery;
import vn.tinhso.directory.official.OfficialRecord;
import vn.tinhso.directory.official.OfficialService;
import vn.tinhso.directory.official.Officials;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Administration of officials within the administrator's scope. */
@Controller
@RequestMapping("/admin/officials")
class OfficialPages {

	private final Officials officials;
	private final OfficialService service;
	private final ManagementScope scope;
	private final Problems problems;

	OfficialPages(Officials officials, OfficialService service, ManagementScope scope, Problems problems) {
		this.officials = officials;
		this.service = service;
		this.scope = scope;
		this.problems = problems;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		OfficialQuery query = new OfficialQuery(q, agencyCode, role, null, page, 25);
		String filter = scope.pathFilter(actor, "ag.path");
		model.addAttribute("query", query);
		model.addAttribute("result", new PageOf<>(officials.search(filter, actor.accountId(), query),
				officials.count(filter, actor.accountId(), query), query.page(), query.size()));
		return "admin/officials";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String agencyCode, Model model) {
		model.addAttribute("form", OfficialForm.empty(agencyCode));
		model.addAttribute("editing", false);
		return "admin/official-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") OfficialForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			OfficialService.Created created = service.create(form.toDraft());
			redirect.addFlashAttribute("notice", "official.created");
			redirect.addFlashAttribute("noticeArg", created.official().username());
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			return "redirect:/admin/officials?q=" + created.official().username();
		}
		catch (DomainException e) {
			return formWithErrors(e, false, 0, model, response);
		}
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		OfficialRecord official = visible(username);
		model.addAttribute("form", OfficialForm.of(official));
		model.addAttribute("official", official);
		model.addAttribute("version", official.version());
		model.addAttribute("editing", true);
		return "admin/official-form";
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @RequestParam int version, @ModelAttribute("form") OfficialForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			service.update(username, version, form.toDraft());
			redirect.addFlashAttribute("notice", "official.updated");
			redirect.addFlashAttribute("noticeArg", username);
			return "redirect:/admin/officials?q={username}";
		}
		catch (DomainException e) {
			model.addAttribute("official", visible(username));
			return formWithErrors(e, true, version, model, response);
		}
	}

	@PostMapping("/{username}/deactivate")
	String deactivate(@PathVariable String username, RedirectAttributes redirect) {
		return act(username, redirect, "official.deactivated", () -> service.setActive(username, false));
	}

	@PostMapping("/{username}/activate")
	String activate(@PathVariable String username, RedirectAttributes redirect) {
		return act(username, redirect, "official.activated", () -> service.setActive(username, true));
	}

	@PostMapping("/{username}/reset-password")
	String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
		return act(username, redirect, "official.password-reset",
				() -> redirect.addFlashAttribute("temporaryPassword", service.resetPassword(username)));
	}

	private String act(String username, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
		}
		redirect.addFlashAttribute("noticeArg", username);
		return "redirect:/admin/officials?q={username}";
	}

	private OfficialRecord visible(String username) {
		OfficialRecord official = service.find(username);
		if (!scope.canManage(Actors.require(), official.agencyId())) {
			throw DomainException.notFound("official.not-found", username);
		}
		return official;
	}

	private String formWithErrors(DomainException e, boolean editing, int version, Model model,
			HttpServletResponse response) {
		model.addAttribute("editing", editing);
		model.addAttribute("version", version);
		return FormErrors.reshow("admin/official-form", e, problems, model, response);
	}
}
