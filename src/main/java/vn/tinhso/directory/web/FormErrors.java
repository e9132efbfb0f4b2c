package vn.tinhso.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Shows a form again after a refusal: the refusal's status, and each message next to its field. */
final class FormErrors {

	private FormErrors() {
	}

	static String reshow(String view, DomainException e, Problems problems, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("errors", problems.byField(e));
		return view;
	}
}
