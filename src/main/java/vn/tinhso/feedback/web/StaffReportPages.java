package vn.tinhso.feedback.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.feedback.report.ReportList;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Problems;

/**
 * Officials' pages: the IOC operator's console (the queue to verify, assign, refuse, merge, hide and
 * redact) and the agencies' inbox (name a handler, answer, return to the IOC), with each report's
 * deadline marked in words, not only in colour.
 */
@Controller
class StaffReportPages {

	/** A deadline this close (or closer) is marked "due soon". */
	private static final long DUE_SOON_HOURS = 24;

	private final ReportActions actions;
	private final ReportViews views;
	private final ReportResources resources;
	private final ReportCategories categories;
	private final AgencyDirectory agencies;
	private final StaffAccess staff;
	private final MapSettings map;
	private final Problems problems;
	private final IocOperators operators;

	StaffReportPages(ReportActions actions, ReportViews views, ReportResources resources, ReportCategories categories,
			AgencyDirectory agencies, StaffAccess staff, MapSettings map, Problems problems, IocOperators operators) {
		this.actions = actions;
		this.views = views;
		this.resources = resources;
		this.categories = categories;
		this.agencies = agencies;
		this.staff = staff;
		this.map = map;
		this.problems = problems;
		this.operators = operators;
	}

	/** A line of a queue: the report's summary, the channel it came in by, the deadline of its current stage and its mark. */
	record Row(ReportResources.Summary s, OffsetDateTime due, String mark, String channel) {
	}

	@GetMapping("/staff/feedback/ioc")
	String console(@RequestParam(defaultValue = "SUBMITTED") String queue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = operators.require();
		ReportStatus status = "OPEN".equals(queue) ? null : parseStatus(queue, ReportStatus.SUBMITTED);
		PageOf<Report> p = views.inbox(actor, new ReportList(null, 0, status, status == null ? Boolean.TRUE : null, null,
				null, null, false, null, page, 20));
		model.addAttribute("rows", rows(p.items()));
		model.addAttribute("result", p);
		model.addAttribute("queue", status == null ? "OPEN" : status.name());
		model.addAttribute("queues", List.of("SUBMITTED", "RETURNED", "VERIFIED", "OPEN"));
		model.addAttribute("console", true);
		model.addAttribute("pagerBase", "/staff/feedback/ioc?queue=" + (status == null ? "OPEN" : status.name()));
		return "feedback/staff-list";
	}

	@GetMapping("/staff/feedback")
	String inbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		ReportStatus s = parseStatus(status, null);
		PageOf<Report> p = views.inbox(actor, new ReportList(null, 0, s, s == null ? Boolean.TRUE : null, null, null, null,
				overdue, null, page, 20));
		model.addAttribute("rows", rows(p.items()));
		model.addAttribute("result", p);
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("console", false);
		model.addAttribute("pagerBase", "/staff/feedback?status=" + (s == null ? "" : s.name()) + "&overdue=" + overdue);
		return "feedback/staff-list";
	}

	@GetMapping("/staff/feedback/{code}")
	String report(@PathVariable String code, Model model) {
		Actor actor = Actors.require();
		if (!actor.isOfficial()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		ReportViews.Seen seen = views.full(actor, code);
		Report r = seen.report();
		ReportResources.Full full = resources.full(actor, r, seen.relations());
		model.addAttribute("r", full);
		model.addAttribute("map", map);
		String suggested = categories.find(r.categoryCode()).map(c -> c.responsibleAgency(r.place().communeCode())).orElse(null);
		model.addAttribute("suggestedAgency", suggested == null ? null : agencies.findByCode(suggested).orElse(null));
		model.addAttribute("handlers", r.agencyCode() == null ? List.of() : handlers(r.agencyCode()));
		model.addAttribute("mark", mark(r, views.now()));
		model.addAttribute("due", due(r));
		model.addAttribute("mayRecordPhoneAnswer", actions.mayRecordPhoneAnswer(r, seen.relations()));
		return "feedback/staff-detail";
	}

	@PostMapping("/staff/feedback/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(required = false) String agencyCode, @RequestParam(required = false) String handler,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String mergeInto,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String description,
			@RequestParam(required = false) Integer version, HttpServletRequest request, RedirectAttributes redirect) {
		if (!Actors.require().isOfficial()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		PageActions.take(actions, problems, code, action, new PageActions.Fields(note, agencyCode, handler, reason,
				mergeInto, answer, null, description, version), request, redirect);
		return "redirect:/staff/feedback/{code}";
	}

	/** Who a leader may name: the agency's specialists and leaders, once each. */
	private List<Actor> handlers(String agencyCode) {
		Map<String, Actor> byName = new LinkedHashMap<>();
		for (Role role : List.of(Role.SPECIALIST, Role.LEADER)) {
			staff.officialsWithRole(agencyCode, role).forEach(a -> byName.putIfAbsent(a.username(), a));
		}
		return new ArrayList<>(byName.values());
	}

	private List<Row> rows(List<Report> reports) {
		OffsetDateTime now = views.now();
		List<ReportResources.Summary> summaries = resources.summaries(reports, true);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			rows.add(new Row(summaries.get(i), due(reports.get(i)), mark(reports.get(i), now), reports.get(i).channel()));
		}
		return rows;
	}

	/** The deadline of the report's current stage: verification while new, resolution once accepted. */
	private static OffsetDateTime due(Report r) {
		return switch (r.status()) {
			case SUBMITTED -> r.refuseDueAt();
			case VERIFIED, ASSIGNED, IN_PROGRESS, RETURNED -> r.resolveDueAt() == null ? r.refuseDueAt() : r.resolveDueAt();
			default -> null;
		};
	}

	/** "overdue", "due-soon" or "on-time" for open reports; null once closed. */
	private static String mark(Report r, OffsetDateTime now) {
		OffsetDateTime due = due(r);
		if (due == null) {
			return null;
		}
		if (r.overdue(now)) {
			return "overdue";
		}
		return now.plusHours(DUE_SOON_HOURS).isAfter(due) ? "due-soon" : "on-time";
	}

	private static ReportStatus parseStatus(String s, ReportStatus fallback) {
		if (s == null || s.isBlank()) {
			return fallback;
		}
		try {
			return ReportStatus.valueOf(s.strip());
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}
}
