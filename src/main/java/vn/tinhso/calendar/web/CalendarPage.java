package vn.tinhso.calendar.web;

import java.time.LocalDate;
import java.util.List;

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
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** The year's holidays and swapped days, for the system administrator to match the government's announcement. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPage {

	private final CalendarService calendar;
	private final Problems problems;

	CalendarPage(CalendarService calendar, Problems problems) {
		this.calendar = calendar;
		this.problems = problems;
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.year(shown).stream()
				.map(d -> new Row(d.date(), d.kind(), d.name(), lunar(d.date()))).toList());
		model.addAttribute("kinds", List.of(DayKind.values()));
		return "admin/calendar";
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
			response.setStatus(e.status().value());
			model.addAttribute("errors", problems.byField(e));
			return year(date.getYear(), model);
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

	private static String lunar(LocalDate date) {
		var l = LunarCalendar.toLunar(date);
		return l.day() + "/" + l.month() + (l.leap() ? " nhuận" : "");
	}

	/** A calendar entry with its lunar date. */
	record Row(LocalDate date, DayKind kind, String name, String lunar) {
	}
}
