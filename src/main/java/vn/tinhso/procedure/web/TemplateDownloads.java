package vn.tinhso.procedure.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tinhso.procedure.catalogue.ComponentTemplates;
import vn.tinhso.procedure.catalogue.ComponentTemplates.Download;
import vn.tinhso.procedure.catalogue.ProcedureService;

/** The blank form of a component, for whoever may see the procedure; the API serves the same file. */
@Controller
class TemplateDownloads {

	private final ProcedureService service;
	private final ComponentTemplates templates;

	TemplateDownloads(ProcedureService service, ComponentTemplates templates) {
		this.service = service;
		this.templates = templates;
	}

	@GetMapping("/procedures/{code}/components/{componentCode}/template")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String componentCode) {
		return attachment(templates.download(CatalogueAccess.visible(service.find(code)), componentCode));
	}

	/** The file as a download under its own name and type; its SHA-256 is its ETag. */
	static ResponseEntity<byte[]> attachment(Download download) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.file().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
				.eTag(download.file().sha256()).contentLength(download.content().length).body(download.content());
	}
}
