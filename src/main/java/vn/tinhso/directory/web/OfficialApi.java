package vn.tinhso.directory.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.Versions;
import vn.tinhso.platform.PageOf;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.directory.official.OfficialDraft;
import vn.tinhso.directory.official.OfficialQuery;
import vn.tinhso.directory.official.OfficialRecord;
import vn.tinhso.directory.official.OfficialService;
import vn.tinhso.directory.official.Officials;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;

@RestController
@RequestMapping("/api/v1/officials")
@Tag(name = "Cán bộ (officials)", description = "Cán bộ, công chức và vai trò theo cơ quan")
class OfficialApi {

	private final Officials officials;
	private final OfficialService service;
	private final ManagementScope scope;

	OfficialApi(Officials officials, OfficialService service, ManagementScope scope) {
		this.officials = officials;
		this.service = service;
		this.scope = scope;
	}

	@GetMapping
	@Operation(summary = "Officials the caller manages, searchable by name (with or without diacritics), username, email")
	PageOf<OfficialResource> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String agencyCode, @RequestParam(required = false) String role,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Actor actor = Actors.require();
		OfficialQuery query = new OfficialQuery(q, agencyCode, role, active, page, size);
		String filter = scope.pathFilter(actor, "ag.path");
		return new PageOf<>(officials.search(filter, actor.accountId(), query).stream().map(OfficialResource::of)
				.toList(), officials.count(filter, actor.accountId(), query), query.page(), query.size());
	}

	@GetMapping("/{username}")
	ResponseEntity<OfficialResource> get(@PathVariable String username) {
		OfficialRecord official = visible(username);
		return ResponseEntity.ok().eTag(Versions.etag(official.version())).body(OfficialResource.of(official));
	}

	@PostMapping
	@Operation(summary = "Create an official; the response carries a one-time temporary password")
	ResponseEntity<Map<String, Object>> create(@RequestBody OfficialDraft draft) {
		OfficialService.Created created = service.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/officials/" + created.official().username()))
				.body(Map.of("official", OfficialResource.of(created.official()), "temporaryPassword",
						created.temporaryPassword()));
	}

	@PutMapping("/{username}")
	ResponseEntity<OfficialResource> update(@PathVariable String username, @RequestBody OfficialDraft draft,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		int version = Versions.fromIfMatch(ifMatch, visible(username).version());
		OfficialRecord updated = service.update(username, version, draft);
		return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(OfficialResource.of(updated));
	}

	@PostMapping("/{username}/deactivate")
	OfficialResource deactivate(@PathVariable String username) {
		return OfficialResource.of(service.setActive(username, false));
	}

	@PostMapping("/{username}/activate")
	OfficialResource activate(@PathVariable String username) {
		return OfficialResource.of(service.setActive(username, true));
	}

	@PostMapping("/{username}/reset-password")
	Map<String, String> resetPassword(@PathVariable String username) {
		return Map.of("temporaryPassword", service.resetPassword(username));
	}

	/** Outside the caller's scope an official does not exist, so their personal data does not leak. */
	private OfficialRecord visible(String username) {
		OfficialRecord official = service.find(username);
		if (!scope.canManage(Actors.require(), official.agencyId())) {
			throw vn.tinhso.platform.DomainException.notFound("official.not-found", username);
		}
		return official;
	}
}
