package vn.tinhso.document.directive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.directive.Directive;
import vn.tinhso.document.directive.DirectiveDetail;
import vn.tinhso.document.directive.DirectiveFigures;
import vn.tinhso.document.directive.DirectiveForm;
import vn.tinhso.document.directive.DirectiveQueries;
import vn.tinhso.document.directive.DirectiveTracking;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.FormFields;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;
import vn.tinhso.platform.ProvinceTime;

/**
 * The directive pages: the list (open ones first, overdue ones marked in words) with the figures per lead
 * unit, the form a leader records a directive with, and a directive's page with the actions open to the
 * official (report progress, complete, extend, cancel).
 */
@Controller
@RequestMapping("/staff/documents/directives")
class DirectivePages {

	private static final int PAGE_SIZE = 20;

	/** The form as typed (dates and ids as text, so that nothing typed is lost). */
	record DirectiveEntry(String agencyCode, String content, String sourceKind, String meetingName, String meetingOn,
			String documentId, String leadUnit, List<String> cooperatingUnits, String dueOn, String expectedOutput) {
	}

	private final DirectiveTracking tracking;
	private final DirectiveQueries queries;
	private final DirectiveFigures figures;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final Problems problems;
	private final Clock clock;

	DirectivePages(DirectiveTracking tracking, DirectiveQueries queries, DirectiveFigures figures, StaffAccess staff,
			AgencyDirectory agencies, Problems problems, Clock clock) {
		this.clock = clock;
		this.tracking = tracking;
		this.queries = queries;
		this.figures = figures;
		this.staff = staff;
		this.agencies = agencies;
		this.problems = problems;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Actor actor = Actors.require();
		String chosen = status == null ? "" : status.strip();
		boolean late = "true".equals(overdue);
		String unitCode = unit == null ? "" : unit.strip();
		model.addAttribute("status", chosen);
		model.addAttribute("overdue", late);
		model.addAttribute("unit", unitCode);
		model.addAttribute("units", queries.unitsSeen(actor));
		model.addAttribute("result", queries.list(actor, chosen, late, unitCode, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("today", today());
		model.addAttribute("canCreate", !leaderAgencies(actor).isEmpty());
		model.addAttribute("pagerBase", "/staff/documents/directives?status=" + query(chosen) + "&overdue=" + late + "&unit="
				+ query(unitCode));
		List<RoleGrant> figureAgencies = figures.agenciesOf(actor);
		model.addAttribute("figureAgencies", figureAgencies);
		if (!figureAgencies.isEmpty()) {
			List<FieldProblem> bad = new ArrayList<>();
			LocalDate start = FormFields.date("from", from, bad);
			LocalDate end = FormFields.date("to", to, bad);
			try {
				model.addAttribute("figures", figures.of(actor, agency, start, end));
				if (!bad.isEmpty()) {
					model.addAttribute("figuresError", problems.message("value.wrong-type"));
				}
			}
			catch (DomainException e) {
				model.addAttribute("figuresError", problems.message(e.code(), e.args()));
			}
		}
		return "directives/list";
	}

	@GetMapping("/new")
	String newDirective(@RequestParam(required = false) String agency, @RequestParam(required = false) String document,
			Model model) {
		Actor actor = Actors.require();
		List<RoleGrant> mine = leaderAgencies(actor);
		String chosen = agency != null && mine.stream().anyMatch(g -> g.agencyCode().equals(agency)) ? agency
				: mine.isEmpty() ? null : mine.get(0).agencyCode();
		boolean fromDocument = document != null && !document.isBlank();
		model.addAttribute("form", new DirectiveEntry(chosen, "", fromDocument ? Directive.DOCUMENT : Directive.MEETING, "",
				"", fromDocument ? document.strip() : "", "", List.of(), "", ""));
		fill(actor, chosen, model);
		return "directives/form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DirectiveEntry form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.require();
		try {
			List<FieldProblem> bad = new ArrayList<>();
			LocalDate meetingOn = FormFields.date("meetingOn", form.meetingOn(), bad);
			LocalDate dueOn = FormFields.date("dueOn", form.dueOn(), bad);
			Long documentId = FormFields.id("documentId", form.documentId(), "directive.source.document-unknown", bad);
			if (!bad.isEmpty()) {
				throw DomainException.invalidFields(bad);
			}
			Directive d = tracking.create(actor, new DirectiveForm(form.agencyCode(), form.content(), form.sourceKind(),
					form.meetingName(), meetingOn, documentId, form.leadUnit(), form.cooperatingUnits(), dueOn,
					form.expectedOutput()));
			redirect.addFlashAttribute("notice", "directive.created");
			redirect.addFlashAttribute("noticeArg", d.leadName());
			return "redirect:/staff/documents/directives/" + d.id();
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			fill(actor, form.agencyCode(), model);
			return FormErrors.reshow("directives/form", e, problems, model, response);
		}
	}

	@GetMapping("/{id}")
	String directive(@PathVariable long id, Model model) {
		Actor actor = Actors.require();
		DirectiveDetail detail = queries.view(actor, id);
		model.addAttribute("detail", detail);
		model.addAttribute("d", detail.directive());
		model.addAttribute("can", queries.abilities(actor, detail));
		model.addAttribute("today", today());
		return "directives/detail";
	}

	@PostMapping("/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) String percent,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return take(redirect, id, "progress", () -> {
			List<FieldProblem> bad = new ArrayList<>();
			Integer value = FormFields.whole("percent", percent, "directive.progress.percent", bad);
			if (!bad.isEmpty()) {
				throw DomainException.invalidFields(bad);
			}
			return tracking.report(Actors.require(), id, value, note, DirectiveApi.bytes(file),
					file == null ? null : file.getOriginalFilename());
		});
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return take(redirect, id, "complete", () -> tracking.complete(Actors.require(), id, note));
	}

	@PostMapping("/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) String dueOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return take(redirect, id, "extend", () -> {
			List<FieldProblem> bad = new ArrayList<>();
			LocalDate due = FormFields.date("dueOn", dueOn, bad);
			if (!bad.isEmpty()) {
				throw DomainException.invalidFields(bad);
			}
			return tracking.extend(Actors.require(), id, due, reason);
		});
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return take(redirect, id, "cancel", () -> tracking.cancel(Actors.require(), id, reason));
	}

	/** Runs an action and comes back to the directive with a notice, or with the refusal's messages. */
	private String take(RedirectAttributes redirect, long id, String action, Supplier<Directive> step) {
		try {
			Directive d = step.get();
			redirect.addFlashAttribute("notice", "directive.done." + action);
			redirect.addFlashAttribute("noticeArg", d.leadName());
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			List<String> lines = new ArrayList<>();
			problems.byField(e).values().forEach(lines::addAll);
			redirect.addFlashAttribute("alert", String.join(" ", lines));
		}
		return "redirect:/staff/documents/directives/" + id;
	}

	/** The agencies where the official is a leader (they may record directives there), once each. */
	private List<RoleGrant> leaderAgencies(Actor actor) {
		Map<String, RoleGrant> found = new LinkedHashMap<>();
		for (RoleGrant g : staff.grants(actor.accountId())) {
			if (g.role() == Role.LEADER) {
				found.putIfAbsent(g.agencyCode(), g);
			}
		}
		return List.copyOf(found.values());
	}

	/** The leader's agencies, and the active units of the chosen one (itself first) for lead and cooperating units. */
	private void fill(Actor actor, String agencyCode, Model model) {
		List<RoleGrant> mine = leaderAgencies(actor);
		model.addAttribute("agencies", mine);
		model.addAttribute("agencyName", mine.stream().filter(g -> g.agencyCode().equals(agencyCode)).map(RoleGrant::agencyName)
				.findFirst().orElse(agencyCode));
		List<AgencySummary> units = agencyCode == null ? List.of() : agencies.findByCode(agencyCode)
				.map(a -> agencies.subtree(a.id()).stream().filter(AgencySummary::active).toList()).orElse(List.of());
		model.addAttribute("unitChoices", units);
		model.addAttribute("minDue", today());
	}

	private static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}
}
