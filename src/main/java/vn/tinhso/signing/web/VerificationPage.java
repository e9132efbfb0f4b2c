package vn.tinhso.signing.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;
import vn.tinhso.signing.PdfVerification;

/** Upload a signed PDF, read one small table per signature. The file is checked, not kept. */
@Controller
@RequestMapping("/signatures/verify")
class VerificationPage {

	private final PdfVerification verification;
	private final VerificationMessages messages;
	private final Problems problems;

	VerificationPage(PdfVerification verification, VerificationMessages messages, Problems problems) {
		this.verification = verification;
		this.messages = messages;
		this.problems = problems;
	}

	@GetMapping
	String form() {
		return "signing/verify";
	}

	@PostMapping
	String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		try {
			var report = verification.verify(file == null ? new byte[0] : file.getBytes());
			model.addAttribute("report", report);
			model.addAttribute("summary", messages.summary(report));
			model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
		}
		catch (DomainException e) {
			response.setStatus(e.status().value());
			model.addAttribute("alert", problems.message(e.code(), e.args()));
		}
		return "signing/verify";
	}
}
