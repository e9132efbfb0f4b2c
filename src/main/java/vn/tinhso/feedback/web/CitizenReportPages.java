package vn.tinhso.feedback.web;

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

import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Problems;

/** The citizen's side: send a report from a phone, follow one, see my reports, rate or reopen them. */
@Controller
class CitizenReportPages {

	private static final java.util.Set<String> REPORTER_ACTIONS = java.util.Set.of("RATE", "REOPEN", "PROVIDE_INFO");

	private final ReportIntake intake;
	private final ReportActions actions;
	private final ReportViews views;
	private final ReportResources resources;
	private final ReportForm form;
	private final MapSettings map;
	private final Problems problems;

	CitizenReportPages(ReportIntake intake, ReportActions actions, ReportViews views, ReportResources resources,
			ReportForm form, MapSettings map, Problems problems) {
		this.intake = intake;
		this.actions = actions;
		this.views = views;
		this.resources = resources;
		this.form = form;
		this.map = map;
		this.problems = problems;
	}

	/** Signed-in citizens get the form; visitors without an account the guest form (same fields plus a contact). */
	@GetMapping("/feedback/new")
	String form(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) Integer zoom, Model model) {
		if (Actors.current().isEmpty()) {
			return ReportForm.redirect("/feedback/guest", lat, lon, zoom);
		}
		citizen();
		form.fill(model, ReportForm.Typed.empty(), UUID.randomUUID(), lat, lon, zoom);
		return "feedback/new";
	}

	@PostMapping("/feedback/new")
	String submit(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) String address, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(required = false) UUID submissionKey, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Actor actor = citizen();
		UUID key = submissionKey == null ? UUID.randomUUID() : submissionKey;
		try {
			Report r = intake.submit(actor, new NewReport(category, description, lat, lon, address, anonymous,
					PhotoUploads.of(request), key, null, null, null, null));
			redirect.addFlashAttribute("notice", "feedback.sent");
			redirect.addFlashAttribute("noticeArg", r.code());
			return "redirect:/my/feedback/" + r.code();
		}
		catch (DomainException e) {
			form.fill(model, new ReportForm.Typed(category, description, lat, lon, address, anonymous, "", "", ""), key, lat,
					lon, null);
			return FormErrors.reshow("feedback/new", e, problems, model, response);
		}
	}

	@PostMapping("/feedback/{code}/follow")
	String follow(@PathVariable String code, RedirectAttributes redirect) {
		try {
			views.follow(Actors.require(), code);
			redirect.addFlashAttribute("notice", "feedback.followed");
			redirect.addFlashAttribute("noticeArg", code);
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
		}
		return "redirect:/feedback/{code}";
	}

	@GetMapping("/my/feedback")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		PageOf<Report> p = views.mine(citizen(), page, 20);
		model.addAttribute("result", new PageOf<>(resources.summaries(p.items(), true), p.total(), p.page(), p.size()));
		return "feedback/mine";
	}

	@GetMapping("/my/feedback/{code}")
	String mine(@PathVariable String code, Model model) {
		Actor actor = citizen();
		ReportViews.Seen seen = views.full(actor, code);
		model.addAttribute("r", resources.full(actor, seen.report(), seen.relations()));
		model.addAttribute("map", map);
		return "feedback/my-detail";
	}

	/** The reporter's actions: RATE (stars and a comment), REOPEN (with the reason), PROVIDE_INFO (text and photos). */
	@PostMapping("/my/feedback/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) Integer version,
			HttpServletRequest request, RedirectAttributes redirect) {
		citizen();
		if (!REPORTER_ACTIONS.contains(action.toUpperCase(java.util.Locale.ROOT))) {
			throw DomainException.notFound("feedback.action.unknown", action);
		}
		PageActions.take(actions, problems, code, action,
				new PageActions.Fields(note, null, null, null, null, null, rating, null, version), request, redirect);
		return "redirect:/my/feedback/{code}";
	}

	private static Actor citizen() {
		Actor actor = Actors.require();
		if (actor.isOfficial()) {
			throw DomainException.forbidden("feedback.page.citizens-only");
		}
		return actor;
	}
}
