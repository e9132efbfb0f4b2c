package vn.tinhso.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.feedback.channel.GuestReports;
import vn.tinhso.feedback.channel.HeldReport;
import vn.tinhso.feedback.channel.RateLimited;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;
import vn.tinhso.platform.ProvinceTime;

/**
 * Reporting without an account, in three pages: the form (a citizen's fields plus an e-mail address or
 * phone number), the page where the 6-digit code sent there is typed, and the confirmation with the
 * report's code and where to follow it. The held report's id in the address is random, so only the
 * sender knows it. Submissions count against the same limits as the API; a refusal shows when to try
 * again, with status 429 and Retry-After.
 */
@Controller
class GuestReportPages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final GuestReports guests;
	private final GuestSubmissions submissions;
	private final ReportForm form;
	private final Problems problems;
	private final Clock clock;

	GuestReportPages(GuestReports guests, GuestSubmissions submissions, ReportForm form, Problems problems, Clock clock) {
		this.guests = guests;
		this.submissions = submissions;
		this.form = form;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/feedback/guest")
	String form(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) Integer zoom, Model model) {
		if (Actors.current().isPresent()) { // signed in: their own form, where the report is kept with their account
			return ReportForm.redirect("/feedback/new", lat, lon, zoom);
		}
		form.fill(model, ReportForm.Typed.empty(), null, lat, lon, zoom);
		return "feedback/guest";
	}

	@PostMapping("/feedback/guest")
	String submit(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) String address, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(name = "reporterName", required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		ReportForm.Typed typed = new ReportForm.Typed(category, description, lat, lon, address, anonymous, name, email, phone);
		try {
			HeldReport held = submissions.submit(typed, request);
			return "redirect:/feedback/guest/" + held.id();
		}
		catch (RateLimited e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
			// When to try again, in minutes and as the province's clock time.
			ZonedDateTime at = Instant.now(clock).plusSeconds(e.retryAfterSeconds()).atZone(ProvinceTime.ZONE);
			model.addAttribute("limited", List.of(Math.max(1, (e.retryAfterSeconds() + 59) / 60), TIME.format(at), DATE.format(at)));
			form.fill(model, typed, null, lat, lon, null);
			return "feedback/guest";
		}
		catch (DomainException e) {
			form.fill(model, typed, null, lat, lon, null);
			return FormErrors.reshow("feedback/guest", e, problems, model, response);
		}
	}

	/** Where the code is typed; a confirmed report goes on to its confirmation. */
	@GetMapping("/feedback/guest/{id}")
	String code(@PathVariable UUID id, Model model) {
		HeldReport held = guests.status(id);
		if ("CONFIRMED".equals(held.status())) {
			return "redirect:/feedback/guest/" + id + "/done";
		}
		model.addAttribute("held", held);
		return "feedback/guest-code";
	}

	@PostMapping("/feedback/guest/{id}")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) String code, HttpServletResponse response,
			Model model) {
		try {
			guests.confirm(id, code);
			return "redirect:/feedback/guest/" + id + "/done";
		}
		catch (DomainException e) {
			if (e.status() == HttpStatus.NOT_FOUND) {
				throw e;
			}
			model.addAttribute("held", guests.status(id));
			return FormErrors.reshow("feedback/guest-code", e, problems, model, response);
		}
	}

	@GetMapping("/feedback/guest/{id}/done")
	String done(@PathVariable UUID id, Model model) {
		HeldReport held = guests.status(id);
		if (!"CONFIRMED".equals(held.status())) {
			return "redirect:/feedback/guest/" + id;
		}
		model.addAttribute("held", held);
		return "feedback/guest-done";
	}
}
