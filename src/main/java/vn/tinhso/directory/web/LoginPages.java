package vn.tinhso.directory.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.platform.FormErrors;
import vn.tinhso.directory.account.AccountService;
import vn.tinhso.directory.account.Registration;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Sign-in and self-registration pages. */
@Controller
class LoginPages {

	/** The only reasons the login page will show; anything else in ?error= becomes "failed". */
	private static final Set<String> REASONS = Set.of("bad-credentials", "locked", "disabled", "otp-required",
			"otp-invalid", "oidc-personal-id", "failed");

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;
	private final AccountService accounts;
	private final Problems problems;
	private final String oidcRegistration;

	LoginPages(ObjectProvider<ClientRegistrationRepository> oidcClients, AccountService accounts, Problems problems,
			@Value("${tinhso.oidc.registration-id:vneid}") String oidcRegistration) {
		this.oidcClients = oidcClients;
		this.accounts = accounts;
		this.problems = problems;
		this.oidcRegistration = oidcRegistration;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String username,
			Model model) {
		if (error != null) {
			String reason = REASONS.contains(error) ? error : "failed";
			model.addAttribute("errorMessage", problems.message("login." + reason));
			model.addAttribute("otpRequired", reason.startsWith("otp"));
		}
		ClientRegistrationRepository clients = oidcClients.getIfAvailable();
		if (clients != null && clients.findByRegistrationId(oidcRegistration) != null) {
			model.addAttribute("oidcLoginUrl", "/oauth2/authorization/" + oidcRegistration);
		}
		return "login";
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", new Registration("CITIZEN", "", "", "", "", "", null, null));
		return "register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") Registration form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			accounts.register(form);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/login?registered";
		}
		catch (DomainException e) {
			model.addAttribute("form", new Registration(form.applicantType(), form.identifier(), form.name(),
					form.email(), form.phone(), form.address(), null, null));
			return FormErrors.reshow("register", e, problems, model, response);
		}
	}
}
