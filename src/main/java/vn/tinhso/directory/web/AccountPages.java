package vn.tinhso.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.platform.FormErrors;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.directory.account.AccountService;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** The signed-in user's own account: profile, password, two-factor sign-in. */
@Controller
@RequestMapping("/account")
class AccountPages {

	private final AccountService accounts;
	private final StaffAccess staff;
	private final Problems problems;

	AccountPages(AccountService accounts, StaffAccess staff, Problems problems) {
		this.accounts = accounts;
		this.staff = staff;
		this.problems = problems;
	}

	@GetMapping
	String overview(Model model) {
		var account = accounts.current();
		model.addAttribute("account", account);
		if (account.kind() == AccountKind.OFFICIAL) {
			model.addAttribute("grants", staff.grants(account.id()));
		}
		return "account/index";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("mustChange", accounts.current().mustChangePassword());
		return "account/password";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmation, HttpSession session, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			accounts.changePassword(currentPassword, newPassword, confirmation, session.getId());
			redirect.addFlashAttribute("notice", "account.password-changed");
			return "redirect:/account";
		}
		catch (DomainException e) {
			model.addAttribute("mustChange", accounts.current().mustChangePassword());
			return FormErrors.reshow("account/password", e, problems, model, response);
		}
	}

	@GetMapping("/totp")
	String totp(Model model) {
		model.addAttribute("account", accounts.current());
		return "account/totp";
	}

	@PostMapping("/totp/start")
	String startTotp(Model model) {
		AccountService.TotpEnrolment enrolment = accounts.startTotp();
		model.addAttribute("account", accounts.current());
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("qr", qrDataUri(enrolment.otpauthUri()));
		return "account/totp";
	}

	@PostMapping("/totp/confirm")
	String confirmTotp(@RequestParam String code, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return totpAction(() -> accounts.confirmTotp(code), "account.totp-enabled", model, response, redirect);
	}

	@PostMapping("/totp/disable")
	String disableTotp(@RequestParam String code, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return totpAction(() -> accounts.disableTotp(code), "account.totp-disabled", model, response, redirect);
	}

	private String totpAction(Runnable action, String notice, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/account";
		}
		catch (DomainException e) {
			model.addAttribute("account", accounts.current());
			accounts.pendingTotp().ifPresent(enrolment -> {
				model.addAttribute("enrolment", enrolment);
				model.addAttribute("qr", qrDataUri(enrolment.otpauthUri()));
			});
			return FormErrors.reshow("account/totp", e, problems, model, response);
		}
	}

	static String qrDataUri(String text) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
					Map.of(EncodeHintType.MARGIN, 1));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("QR code could not be drawn", e);
		}
	}
}
