package vn.tinhso.feedback.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.channel.RateLimited;
import vn.tinhso.feedback.channel.RateLimits;
import vn.tinhso.feedback.report.InfoQuestion;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * Where a reporter without an account (a hotline caller, a guest, a Zalo user) answers a question about
 * their report: the link in the message asking them carries the report's secret token. The page shows the
 * question and takes a text and photos; once answered (or the report closed) the link is spent and says so.
 * Links that lead nowhere count against the address's limit of anonymous submissions.
 */
@Controller
class InfoAnswerPages {

	private final ReportActions actions;
	private final ReportCategories categories;
	private final Problems problems;
	private final RateLimits limits;

	InfoAnswerPages(ReportActions actions, ReportCategories categories, Problems problems, RateLimits limits) {
		this.actions = actions;
		this.categories = categories;
		this.problems = problems;
		this.limits = limits;
	}

	@GetMapping("/feedback/info/{token}")
	String form(@PathVariable String token, @RequestParam(defaultValue = "false") boolean sent, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			fill(model, question(token, request), sent);
			return "feedback/info-answer";
		}
		catch (RateLimited e) {
			return limited(e, response, model);
		}
	}

	@PostMapping("/feedback/info/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String note, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		InfoQuestion q;
		try {
			q = question(token, request); // unknown link: 404, before reading any upload
		}
		catch (RateLimited e) {
			return limited(e, response, model);
		}
		try {
			if (!q.awaiting()) {
				throw DomainException.conflict("feedback.info.not-awaiting", q.code());
			}
			actions.provideInfoByToken(q.token(), note, PhotoUploads.of(request));
			return "redirect:/feedback/info/" + q.token() + "?sent=true";
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			fill(model, actions.questionByToken(token), false);
			model.addAttribute("note", note);
			return FormErrors.reshow("feedback/info-answer", e, problems, model, response);
		}
	}

	/** The question behind a link; wrong links count against the address's limit, as guessing would. */
	private InfoQuestion question(String token, HttpServletRequest request) {
		try {
			return actions.questionByToken(token);
		}
		catch (DomainException e) {
			limits.hit(List.of("ip:" + request.getRemoteAddr()));
			throw e;
		}
	}

	/** Too many wrong links from the address: the error page, with when to try again. */
	private String limited(RateLimited e, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
		model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("code", "feedback.info.too-many");
		model.addAttribute("message", problems.message("feedback.info.too-many", Math.max(1, (e.retryAfterSeconds() + 59) / 60)));
		return "error";
	}

	private void fill(Model model, InfoQuestion q, boolean sent) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("q", q);
		model.addAttribute("category", categories.find(q.categoryCode()).map((Category c) -> c.name(locale))
				.orElse(q.categoryCode()));
		model.addAttribute("sent", sent && !q.awaiting());
	}
}
