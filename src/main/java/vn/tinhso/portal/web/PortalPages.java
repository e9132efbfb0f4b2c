package vn.tinhso.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actors;

/** The public home page, the staff workspace and the administration landing page. */
@Controller
class PortalPages {

	private final StaffAccess staff;

	PortalPages(StaffAccess staff) {
		this.staff = staff;
	}

	@GetMapping("/")
	String home() {
		return "index";
	}

	@GetMapping("/staff")
	String workspace(Model model) {
		model.addAttribute("grants", staff.grants(Actors.require().accountId()));
		return "staff/index";
	}

	@GetMapping("/admin")
	String admin() {
		return "admin/index";
	}
}
