package vn.tinhso.dossier.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Takes an action from a page and comes back to it with a notice or the refusal's message. */
final class Actions {

	private Actions() {
	}

	static String take(DossierService service, Problems problems, String code, ActionRequest request,
			RedirectAttributes redirect, String back) {
		try {
			service.act(Actors.require(), code, request);
			redirect.addFlashAttribute("notice", "dossier.action." + request.action());
			redirect.addFlashAttribute("noticeArg", code);
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("alert", String.join(" ", problems.byField(e).values().stream()
					.flatMap(List::stream).toList()));
		}
		return back;
	}
}
