package vn.tinhso.document.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.ProvinceTime;

/** The page where a clerk or leader chooses an agency, a year and a register, and prints it as PDF or spreadsheet. */
@Controller
class RegisterPages {

	private static final int YEARS_BACK = 5;

	private final StaffAccess staff;
	private final Clock clock;

	RegisterPages(StaffAccess staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/staff/documents/registers")
	String registers(@RequestParam(required = false) String agency, Model model) {
		Actor actor = Actors.require();
		Map<String, RoleGrant> where = new LinkedHashMap<>();
		boolean leader = false;
		if (actor.isOfficial()) {
			for (RoleGrant g : staff.grants(actor.accountId())) {
				if (g.role() == Role.CLERK || g.role() == Role.LEADER) {
					where.putIfAbsent(g.agencyCode(), g);
					leader |= g.role() == Role.LEADER;
				}
			}
		}
		int year = LocalDate.now(clock.withZone(ProvinceTime.ZONE)).getYear();
		model.addAttribute("agencies", List.copyOf(where.values()));
		model.addAttribute("chosen", agency);
		model.addAttribute("years", IntStream.rangeClosed(0, YEARS_BACK).map(i -> year - i).boxed().toList());
		model.addAttribute("mayPrintSecret", leader);
		return "documents/registers";
	}
}
