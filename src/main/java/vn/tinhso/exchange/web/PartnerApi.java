package vn.tinhso.exchange.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.exchange.partner.Partner;
import vn.tinhso.exchange.partner.PartnerAdmin;
import vn.tinhso.exchange.partner.PartnerDraft;
import vn.tinhso.exchange.partner.Partners;
import vn.tinhso.platform.DomainException;

/** System administrators register exchange partners; a partner's API key is shown once, when issued. */
@RestController
@RequestMapping("/api/v1/exchange/partners")
@Tag(name = "Đối tác liên thông (exchange partners)", description = "Hệ thống, tỉnh khác và trục liên thông gửi, nhận edXML")
class PartnerApi {

	/** A partner as shown; neither its key nor the key it gave us leave the server. */
	record PartnerResource(long id, String name, List<String> organIds, String endpointUrl, boolean outboundKeySet,
			boolean active, Instant createdAt) {

		static PartnerResource of(Partner p) {
			return new PartnerResource(p.id(), p.name(), p.organPatterns(), p.endpointUrl(), !p.outboundApiKey().isEmpty(),
					p.active(), p.createdAt());
		}
	}

	/** A partner with the API key it must send in {@code X-Api-Key}. */
	record IssuedKey(PartnerResource partner, String apiKey) {

		static IssuedKey of(PartnerAdmin.Issued issued) {
			return new IssuedKey(PartnerResource.of(issued.partner()), issued.apiKey());
		}
	}

	private final Partners partners;
	private final PartnerAdmin admin;

	PartnerApi(Partners partners, PartnerAdmin admin) {
		this.partners = partners;
		this.admin = admin;
	}

	@GetMapping
	List<PartnerResource> list() {
		return partners.all().stream().map(PartnerResource::of).toList();
	}

	@GetMapping("/{id}")
	PartnerResource get(@PathVariable long id) {
		return partners.find(id).map(PartnerResource::of)
				.orElseThrow(() -> DomainException.notFound("exchange.partner.not-found", id));
	}

	@PostMapping
	@Operation(summary = "Register a partner; the answer carries its API key, which is not shown again")
	ResponseEntity<IssuedKey> create(@RequestBody PartnerDraft draft) {
		PartnerAdmin.Issued issued = admin.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/exchange/partners/" + issued.partner().id()))
				.body(IssuedKey.of(issued));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a partner; leave outboundApiKey out to keep the stored one")
	PartnerResource update(@PathVariable long id, @RequestBody PartnerDraft draft) {
		return PartnerResource.of(admin.update(id, draft));
	}

	@PostMapping("/{id}/key")
	@Operation(summary = "Issue a new API key; the old one stops working at once")
	IssuedKey rotateKey(@PathVariable long id) {
		return IssuedKey.of(admin.rotateKey(id));
	}
}
