package vn.tinhso.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** Shows a form again after a refusal: the refusal's status, and each message next to its field. */
public final class FormErrors {

	private FormErrors() {
	}

	public static String reshow(String view, DomainException e, Problems problems, Model model, HttpServletResponse response) {
		response.setStatus(e.status().value());
		model.addAttribute("errors", problems.byField(e));
		return view;
	}
}
