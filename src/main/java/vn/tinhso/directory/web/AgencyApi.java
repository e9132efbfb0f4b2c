package vn.tinhso.directory.web;

import java.net.URI;

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
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyDraft;
import vn.tinhso.directory.agency.AgencyQuery;
import vn.tinhso.directory.agency.AgencyRecord;
import vn.tinhso.directory.agency.AgencyService;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan (agencies)", description = "Danh mục cơ quan, đơn vị với mã định danh QCVN 102:2016")
class AgencyApi {

	private final Agencies agencies;
	private final AgencyService service;

	AgencyApi(Agencies agencies, AgencyService service) {
		this.agencies = agencies;
		this.service = service;
	}

	@GetMapping
	@Operation(summary = "List and search agencies (name with or without diacritics, code, abbreviation)")
	PageOf<AgencyResource> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) String parentCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		AgencyQuery query = new AgencyQuery(q, kind, active, parentCode, page, size);
		return new PageOf<>(agencies.search(query).stream().map(AgencyResource::of).toList(),
				agencies.countMatching(query), query.page(), query.size());
	}

	@GetMapping("/{code}")
	ResponseEntity<AgencyResource> get(@PathVariable String code) {
		AgencyRecord agency = service.find(code);
		return ResponseEntity.ok().eTag(Versions.etag(agency.version())).body(AgencyResource.of(agency));
	}

	@PostMapping
	@Operation(summary = "Create an agency (system administrator, or agency administrator inside their subtree)")
	ResponseEntity<AgencyResource> create(@RequestBody AgencyDraft draft) {
		AgencyRecord created = service.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.code()))
				.eTag(Versions.etag(created.version())).body(AgencyResource.of(created));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Edit an agency; send If-Match with the ETag you read to avoid overwriting another change")
	ResponseEntity<AgencyResource> update(@PathVariable String code, @RequestBody AgencyDraft draft,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		int version = Versions.fromIfMatch(ifMatch, service.find(code).version());
		AgencyRecord updated = service.update(code, version, draft);
		return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(AgencyResource.of(updated));
	}

	@PostMapping("/{code}/deactivate")
	AgencyResource deactivate(@PathVariable String code) {
		return AgencyResource.of(service.setActive(code, false));
	}

	@PostMapping("/{code}/activate")
	AgencyResource activate(@PathVariable String code) {
		return AgencyResource.of(service.setActive(code, true));
	}
}
