package vn.tinhso.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/**
 * The form of the staff report page where the IOC or the responsible agency writes down what a reporter
 * answered by phone to a question: many callers have no other way to answer, and the report waits until
 * someone does.
 */
@Controller
class PhoneAnswerPages {

	private final ReportActions actions;
	private final Problems problems;

	PhoneAnswerPages(ReportActions actions, Problems problems) {
		this.actions = actions;
		this.problems = problems;
	}

	@PostMapping("/staff/feedback/{code}/phone-answer")
	String record(@PathVariable String code, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		if (!actor.isOfficial()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		try {
			actions.recordPhoneAnswer(actor, code, note, version);
			redirect.addFlashAttribute("notice", "feedback.action." + ReportActions.PHONE_ANSWER);
			redirect.addFlashAttribute("noticeArg", code);
		}
		catch (DomainException e) {
			PageActions.refused(problems, e, redirect);
		}
		return "redirect:/staff/feedback/{code}";
	}
}
