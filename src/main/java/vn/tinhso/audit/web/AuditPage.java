package vn.tinhso.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.audit.AuditChain;
import vn.tinhso.audit.AuditLog;

@Controller
@RequestMapping("/admin/audit")
class AuditPage {

	private final AuditLog log;
	private final AuditChain chain;

	AuditPage(AuditLog log, AuditChain chain) {
		this.log = log;
		this.chain = chain;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("entries", log.recent(q, 100, Long.MAX_VALUE));
		return "admin/audit";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", chain.verify());
		model.addAttribute("entries", log.recent(null, 100, Long.MAX_VALUE));
		return "admin/audit";
	}
}
