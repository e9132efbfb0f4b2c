package vn.tinhso.procedure.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Versions;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.TemplateFile;
import vn.tinhso.procedure.catalogue.CatalogueEntry;
import vn.tinhso.procedure.catalogue.CatalogueQuery;
import vn.tinhso.procedure.catalogue.ComponentTemplates;
import vn.tinhso.procedure.catalogue.ProcedureService;
import vn.tinhso.procedure.catalogue.ProcedureService.ImportReport;
import vn.tinhso.procedure.catalogue.Procedures;

@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Thủ tục hành chính (procedures)", description = "Danh mục thủ tục hành chính của tỉnh")
class ProcedureApi {

	private final Procedures procedures;
	private final ProcedureService service;
	private final ComponentTemplates templates;

	ProcedureApi(Procedures procedures, ProcedureService service, ComponentTemplates templates) {
		this.procedures = procedures;
		this.service = service;
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "Search the catalogue (keyword with or without diacritics, field, level, agency, online level)",
			description = "all=true also lists unpublished and out-of-effect entries, for system administrators only")
	PageOf<ProcedureResource> search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) String level, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String onlineLevel, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var query = new CatalogueQuery(q, field, level, agency, onlineLevel, all && CatalogueAccess.administers(), page, size);
		var today = CatalogueAccess.today();
		return new PageOf<>(procedures.search(query, today).stream().map(e -> ProcedureResource.of(e, today)).toList(),
				procedures.countMatching(query, today), query.page(), query.size());
	}

	@GetMapping("/fields")
	@Operation(summary = "Fields (lĩnh vực) of the published procedures")
	List<String> fields() {
		return procedures.fields();
	}

	@GetMapping("/{code}")
	ResponseEntity<ProcedureResource> get(@PathVariable String code) {
		CatalogueEntry entry = CatalogueAccess.visible(service.find(code));
		return ResponseEntity.ok().eTag(Versions.etag(entry.version()))
				.body(ProcedureResource.of(entry, CatalogueAccess.today()));
	}

	@PostMapping
	@Operation(summary = "Publish a new procedure")
	ResponseEntity<ProcedureResource> create(@RequestBody Procedure procedure) {
		CatalogueEntry created = service.create(procedure);
		return ResponseEntity.created(URI.create("/api/v1/procedures/" + created.code()))
				.eTag(Versions.etag(created.version())).body(ProcedureResource.of(created, CatalogueAccess.today()));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Replace a procedure's content; send If-Match with the ETag you read")
	ResponseEntity<ProcedureResource> update(@PathVariable String code, @RequestBody Procedure procedure,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		int version = Versions.fromIfMatch(ifMatch, service.find(code).version());
		CatalogueEntry updated = service.update(code, version, procedure);
		return ResponseEntity.ok().eTag(Versions.etag(updated.version()))
				.body(ProcedureResource.of(updated, CatalogueAccess.today()));
	}

	@PostMapping("/{code}/withdraw")
	ProcedureResource withdraw(@PathVariable String code) {
		return ProcedureResource.of(service.setActive(code, false), CatalogueAccess.today());
	}

	@PostMapping("/{code}/publish")
	ProcedureResource publish(@PathVariable String code) {
		return ProcedureResource.of(service.setActive(code, true), CatalogueAccess.today());
	}

	@GetMapping("/{code}/components/{componentCode}/template")
	@Operation(summary = "Download a component's form template (the same file as the public procedure page links)")
	ResponseEntity<byte[]> template(@PathVariable String code, @PathVariable String componentCode) {
		return TemplateDownloads.attachment(templates.download(CatalogueAccess.visible(service.find(code)), componentCode));
	}

	@PutMapping("/{code}/components/{componentCode}/template")
	@Operation(summary = "Attach a component's form template, replacing the previous one",
			description = "The request body is the file itself (PDF, DOCX or XLSX, recognised by its content; send it as "
					+ "application/pdf or application/octet-stream, not as a form). fileName names the download. "
					+ "Download it with GET on the same path.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/octet-stream",
			schema = @Schema(type = "string", format = "binary")))
	TemplateFile attachTemplate(@PathVariable String code, @PathVariable String componentCode,
			@RequestParam(required = false) String fileName, HttpServletRequest request) throws IOException {
		// One byte over the limit is enough for the file store to refuse it; the rest is never read.
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, templates.maxBytes() + 1));
		return templates.attach(code, componentCode, fileName, content);
	}

	@DeleteMapping("/{code}/components/{componentCode}/template")
	@Operation(summary = "Remove a component's form template")
	ResponseEntity<Void> detachTemplate(@PathVariable String code, @PathVariable String componentCode) {
		templates.detach(code, componentCode);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/export")
	@Operation(summary = "The whole catalogue as a JSON array, in the import format")
	ResponseEntity<List<Procedure>> export() {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("thu-tuc-hanh-chinh.json").build().toString())
				.body(procedures.all().stream().map(CatalogueEntry::procedure).toList());
	}

	@PostMapping("/import")
	@Operation(summary = "Create or replace procedures from a JSON array; all or nothing")
	ImportReport importAll(@RequestBody List<Procedure> entries) {
		return service.importAll(entries);
	}
}
