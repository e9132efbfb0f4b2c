package vn.tinhso.feedback.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * The IOC operator types a report received by the hotline: the caller's name and phone (and e-mail),
 * then the same fields as a citizen's form. The new report's code is shown to be read to the caller,
 * with the form empty again for the next call. A refusal shows every problem by its field and saves nothing.
 */
@Controller
class HotlineReportPages {

	static final String PATH = "/staff/feedback/hotline";

	private final ReportIntake intake;
	private final ReportForm form;
	private final IocOperators operators;
	private final Problems problems;

	HotlineReportPages(ReportIntake intake, ReportForm form, IocOperators operators, Problems problems) {
		this.intake = intake;
		this.form = form;
		this.operators = operators;
		this.problems = problems;
	}

	@GetMapping(PATH)
	String form(Model model) {
		operators.require();
		form.fill(model, ReportForm.Typed.empty(), UUID.randomUUID(), null, null, null);
		return "feedback/hotline";
	}

	@PostMapping(PATH)
	String submit(@RequestParam(required = false) String reporterName, @RequestParam(required = false) String reporterPhone,
			@RequestParam(required = false) String reporterEmail, @RequestParam(required = false) String category,
			@RequestParam(required = false) String description, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, @RequestParam(required = false) String address,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) UUID submissionKey,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = operators.require();
		// The key makes a double click (or a resent form) return the report the first one made.
		UUID key = submissionKey == null ? UUID.randomUUID() : submissionKey;
		try {
			Report r = intake.submit(actor, new NewReport(category, description, lat, lon, address, anonymous,
					PhotoUploads.of(request), key, reporterName, reporterEmail, reporterPhone, null));
			redirect.addFlashAttribute("hotlineCode", r.code());
			return "redirect:" + PATH;
		}
		catch (DomainException e) {
			form.fill(model, new ReportForm.Typed(category, description, lat, lon, address, anonymous, reporterName,
					reporterEmail, reporterPhone), key, lat, lon, null);
			return FormErrors.reshow("feedback/hotline", e, problems, model, response);
		}
	}
}
