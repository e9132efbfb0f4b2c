package vn.tinhso.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.feedback.apikey.ApiClient;
import vn.tinhso.feedback.apikey.ClientKeys;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * System administrators' pages for Open311 clients: the list, issuing a key (shown once, on the page the
 * form redirects to, never cached; only its hash is kept) and revoking one after a confirmation page.
 */
@Controller
@RequestMapping("/admin/feedback/api-keys")
class ApiKeyAdminPages {

	private static final String LIST = "admin/feedback-api-keys";
	private static final String ISSUED_NAME = "issuedName";
	private static final String ISSUED_KEY = "issuedKey";

	private final ClientKeys keys;
	private final Problems problems;

	ApiKeyAdminPages(ClientKeys keys, Problems problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		return list("", model);
	}

	/**
	 * Issues a key and redirects to the page that shows it, so that refreshing that page cannot issue a
	 * second key. The key travels as a flash attribute (plain strings: the session is stored in the
	 * database), which is gone from the session once the page has been shown.
	 */
	@PostMapping
	String issue(@RequestParam(required = false) String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			ClientKeys.Issued issued = keys.issue(name);
			redirect.addFlashAttribute(ISSUED_NAME, issued.client().name());
			redirect.addFlashAttribute(ISSUED_KEY, issued.apiKey());
			return "redirect:/admin/feedback/api-keys/issued";
		}
		catch (DomainException e) {
			list(name, model);
			return FormErrors.reshow(LIST, e, problems, model, response);
		}
	}

	/** The key just issued, once; a refresh or a later visit finds no key and goes back to the list. */
	@GetMapping("/issued")
	String issued(Model model, HttpServletResponse response) {
		if (!model.containsAttribute(ISSUED_KEY)) {
			return "redirect:/admin/feedback/api-keys";
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return "admin/feedback-api-key-issued";
	}

	@GetMapping("/{id}/revoke")
	String confirmRevoke(@PathVariable long id, Model model) {
		model.addAttribute("client", find(id));
		return "admin/feedback-api-key-revoke";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		ApiClient client = keys.revoke(id);
		redirect.addFlashAttribute("notice", "feedback.api-key.revoked");
		redirect.addFlashAttribute("noticeArg", client.name());
		return "redirect:/admin/feedback/api-keys";
	}

	private String list(String name, Model model) {
		model.addAttribute("clients", keys.all());
		model.addAttribute("name", name == null ? "" : name);
		return LIST;
	}

	private ApiClient find(long id) {
		return keys.find(id).orElseThrow(() -> DomainException.notFound("feedback.api-key.not-found", id));
	}
}
