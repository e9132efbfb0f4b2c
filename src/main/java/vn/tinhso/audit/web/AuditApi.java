package vn.tinhso.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.audit.AuditChain;
import vn.tinhso.audit.AuditEntry;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký kiểm toán (audit)", description = "Nhật ký thao tác đặc quyền, chuỗi băm chống sửa đổi")
class AuditApi {

	private final AuditLog log;
	private final AuditChain chain;

	AuditApi(AuditLog log, AuditChain chain) {
		this.log = log;
		this.chain = chain;
	}

	@GetMapping("/events")
	@Operation(summary = "Newest entries first; page with beforeId")
	List<AuditEntry> events(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "9223372036854775807") long beforeId) {
		return log.recent(q, Math.min(Math.max(limit, 1), 500), beforeId);
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the whole hash chain and report the first broken entry, if any")
	ChainVerification verify() {
		return chain.verify();
	}
}
