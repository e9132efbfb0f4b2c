package vn.tinhso.signing.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;
import vn.tinhso.signing.keys.KeyAdmin;
import vn.tinhso.signing.keys.KeyOwner;

/** The keys an administrator manages, and forms to upload a PKCS#12 file or a signature/seal image. */
@Controller
@RequestMapping("/admin/signing")
class KeyAdminPage {

	private final KeyAdmin admin;
	private final Problems problems;

	KeyAdminPage(KeyAdmin admin, Problems problems) {
		this.admin = admin;
		this.problems = problems;
	}

	/** {@code agency} also lists that agency's leaders with their account ids and what they lack. */
	@GetMapping
	String list(@RequestParam(required = false) String agency, Model model) {
		Actor actor = Actors.require();
		model.addAttribute("keys", admin.visibleTo(actor).stream().map(KeyResource::of).toList());
		if (agency != null && !agency.isBlank()) {
			String code = agency.strip();
			model.addAttribute("agency", code);
			try {
				model.addAttribute("leaders", admin.leaders(actor, code));
				model.addAttribute("sealImage", admin.hasImage(KeyOwner.agency(code)));
			}
			catch (DomainException e) {
				model.addAttribute("alert", problems.message(e.code(), e.args()));
			}
		}
		return "admin/signing";
	}

	@PostMapping("/keystore")
	String keystore(@RequestParam String kind, @RequestParam String owner, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "") String password, RedirectAttributes redirect) throws IOException {
		try {
			admin.uploadKeystore(Actors.require(), owner(kind, owner), file.getBytes(), password.toCharArray());
			redirect.addFlashAttribute("notice", "signing.key-stored");
			redirect.addFlashAttribute("noticeArg", owner.strip());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
		}
		return "redirect:/admin/signing";
	}

	@PostMapping("/image")
	String image(@RequestParam String kind, @RequestParam String owner, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			admin.uploadImage(Actors.require(), owner(kind, owner), file.getBytes());
			redirect.addFlashAttribute("notice", "signing.image-stored");
			redirect.addFlashAttribute("noticeArg", owner.strip());
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
		}
		return "redirect:/admin/signing";
	}

	private static KeyOwner owner(String kind, String owner) {
		String ref = owner == null ? "" : owner.strip();
		if ("OFFICIAL".equals(kind)) {
			try {
				return KeyOwner.official(Long.parseLong(ref));
			}
			catch (NumberFormatException e) {
				throw DomainException.notFound("signing.official-not-found", ref);
			}
		}
		return KeyOwner.agency(ref);
	}
}
