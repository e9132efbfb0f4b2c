package vn.tinhso.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.calendar.CalendarService;
import vn.tinhso.calendar.DayKind;
import vn.tinhso.calendar.LunarCalendar;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/**
 * The year's holidays and swapped days, for the system administrator to match the government's announcement,
 * and the agencies whose weekly rest days are not Saturday and Sunday.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPage {

	private final CalendarService calendar;
	private final Problems problems;
	private final AgencyDirectory agencies;

	CalendarPage(CalendarService calendar, Problems problems, AgencyDirectory agencies) {
		this.calendar = calendar;
		this.problems = problems;
		this.agencies = agencies;
	}

	/** {@code agency} opens that agency's rest days in the form. */
	@GetMapping
	String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency,
			Model model) {
		boolean known = agency != null && agencies.findByCode(agency).isPresent();
		return show(year, known ? agency : "", known ? calendar.restDays(agency) : WorkingCalendar.WEEKEND, model);
	}

	@PostMapping
	String put(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam String kind,
			@RequestParam String name, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			calendar.put(date, kind, name);
			redirect.addFlashAttribute("notice", "calendar.saved");
			redirect.addFlashAttribute("noticeArg", date.toString());
			return "redirect:/admin/calendar?year=" + date.getYear();
		}
		catch (DomainException e) {
			refused(e, model, response);
			return show(date.getYear(), "", WorkingCalendar.WEEKEND, model);
		}
	}

	@PostMapping("/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		calendar.remove(date);
		redirect.addFlashAttribute("notice", "calendar.removed");
		redirect.addFlashAttribute("noticeArg", date.toString());
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/rest-days")
	String setRestDays(@RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) List<String> restDays, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<String> days = restDays == null ? List.of() : restDays;
		try {
			calendar.setRestDays(agencyCode, days);
			return backTo(agencyCode, "calendar.rest-days-saved", redirect);
		}
		catch (DomainException e) {
			refused(e, model, response);
			return show(null, agencyCode, RestDayChoice.known(days), model);
		}
	}

	@PostMapping("/rest-days/reset")
	String resetRestDays(@RequestParam(required = false) String agencyCode, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			calendar.resetRestDays(agencyCode);
			return backTo(agencyCode, "calendar.rest-days-reset", redirect);
		}
		catch (DomainException e) {
			refused(e, model, response);
			return show(null, agencyCode, WorkingCalendar.WEEKEND, model);
		}
	}

	private String show(Integer year, String agencyCode, Set<DayOfWeek> ticked, Model model) {
		int shown = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.year(shown).stream()
				.map(d -> new Row(d.date(), d.kind(), d.name(), lunar(d.date()))).toList());
		model.addAttribute("kinds", List.of(DayKind.values()));
		model.addAttribute("ownRestDays", calendar.agenciesWithOwnRestDays());
		model.addAttribute("agencies", agencies.ofKinds(List.of(AgencyKind.values())));
		model.addAttribute("restDayChoice", new RestDayChoice(agencyCode == null ? "" : agencyCode, ticked));
		model.addAttribute("weekdays", List.of(DayOfWeek.values()));
		return "admin/calendar";
	}

	private String backTo(String agencyCode, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArg", agencyCode);
		redirect.addAttribute("agency", agencyCode);
		return "redirect:/admin/calendar#rest-days";
	}

	private void refused(DomainException e, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("errors", problems.byField(e));
	}

	private static String lunar(LocalDate date) {
		var l = LunarCalendar.toLunar(date);
		return l.day() + "/" + l.month() + (l.leap() ? " nhuận" : "");
	}

	/** A calendar entry with its lunar date. */
	record Row(LocalDate date, DayKind kind, String name, String lunar) {
	}
}
