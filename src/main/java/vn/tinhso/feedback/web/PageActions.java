package vn.tinhso.feedback.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.feedback.report.Action;
import vn.tinhso.feedback.report.ActionInput;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Takes a handling action from a page form and comes back with a notice, or the refusal's messages. */
final class PageActions {

	private PageActions() {
	}

	/** The form fields of every action (each action reads its own) and the photos of an answer. */
	record Fields(String note, String agencyCode, String handler, String reason, String mergeInto, String answer,
			Integer rating, String description, Integer version) {
	}

	static void take(ReportActions actions, Problems problems, String code, String action, Fields f,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			Action a = Action.parse(action);
			actions.act(Actors.require(), code, a, new ActionInput(f.note(), f.agencyCode(), f.handler(), f.reason(),
					f.mergeInto(), f.answer(), f.rating(), f.description(), PhotoUploads.of(request), f.version()));
			redirect.addFlashAttribute("notice", "feedback.action." + a.name());
			redirect.addFlashAttribute("noticeArg", code);
		}
		catch (DomainException e) {
			refused(problems, e, redirect);
		}
	}

	/** A refusal shown on the page it came back to; an unknown report stays a 404. */
	static void refused(Problems problems, DomainException e, RedirectAttributes redirect) {
		if (e.status().value() == 404) {
			throw e;
		}
		redirect.addFlashAttribute("alert", String.join(" ", problems.byField(e).values().stream()
				.flatMap(List::stream).toList()));
	}
}
